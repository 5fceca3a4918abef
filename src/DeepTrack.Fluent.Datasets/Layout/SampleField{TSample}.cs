using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Datasets.Npy;

namespace DeepTrack.Fluent.Datasets.Layout;

/// <summary>
/// One named array of every sample of a dataset (an image, a mask, a vector of labels): its stored type, its shape per
/// sample, and how a sample's values become bytes. Every sample of an export must give the same shape.
/// </summary>
/// <typeparam name="TSample">The pipeline's output type.</typeparam>
public abstract class SampleField<TSample>
{
    /// <summary>Creates a field.</summary>
    /// <param name="name">The array's name: letters, digits and underscores, not <c>index</c> or <c>truth</c>.</param>
    protected SampleField(string name)
    {
        SampleLayout.CheckName(name);
        Name = name;
    }

    /// <summary>The array's name in every file format (npz key, npy file suffix, HDF5 dataset, tar member extension).</summary>
    public string Name { get; }

    /// <summary>The stored element type.</summary>
    public abstract NpyDType DType { get; }

    /// <summary>The array's shape for one sample (the files add a first axis over samples).</summary>
    /// <param name="sample">The sample.</param>
    /// <returns>The dimensions.</returns>
    public abstract IReadOnlyList<long> ShapeOf(TSample sample);

    /// <summary>Writes one sample's values, in C order and <see cref="DType"/>'s byte order.</summary>
    /// <param name="sample">The sample; its shape is the dataset's (checked before).</param>
    /// <param name="destination">Exactly the product of the shape times the item size, in bytes.</param>
    public abstract void Encode(TSample sample, Span<byte> destination);

    /// <summary>The ground truth that this field's value carries (images carry theirs); null if none.</summary>
    /// <param name="sample">The sample.</param>
    /// <returns>The ground truth or null.</returns>
    public virtual GroundTruth? TruthOf(TSample sample) => null;

    /// <summary>Whether the field is an image (so <see cref="ToDisplayImage"/> gives a picture).</summary>
    public virtual bool IsImage => false;

    /// <summary>A 2-D real picture of this field for previews (null if the field is not an image).</summary>
    /// <param name="sample">The sample.</param>
    /// <returns>The picture or null.</returns>
    public virtual Image<double>? ToDisplayImage(TSample sample) => null;

    /// <summary>The same field stored as 32-bit floats if it holds 64-bit floats; otherwise this field.</summary>
    /// <returns>The field.</returns>
    public virtual SampleField<TSample> AsFloat32() => this;
}
