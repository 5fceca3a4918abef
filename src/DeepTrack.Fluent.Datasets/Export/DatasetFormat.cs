namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>The file format of an export. Every format holds the sample indices, every field of the layout and the ground truth as JSON.</summary>
public enum DatasetFormat
{
    /// <summary>One NumPy <c>.npz</c> per file block: arrays <c>index</c> (<c>&lt;i8</c>), one per field (samples first), and <c>truth</c> (<c>|S<i>n</i></c>, one JSON per sample).</summary>
    Npz,

    /// <summary>Per file block, one <c>.npy</c> per array (<c>….index.npy</c>, <c>….image.npy</c>, …) and the ground truth as JSON lines (<c>….truth.jsonl</c>).</summary>
    Npy,

    /// <summary>One HDF5 file per block: datasets <c>index</c>, one per field, <c>truth</c> (variable-length UTF-8 strings); attributes <c>pipeline</c>, <c>seed</c>, <c>first</c>, <c>count</c>.</summary>
    Hdf5,

    /// <summary>One WebDataset tar shard per block: per sample, <c>{index}.{field}.npy</c> for each field and <c>{index}.json</c>.</summary>
    Tar,
}
