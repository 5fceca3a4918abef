namespace DeepTrack.Fluent.IO;

/// <summary>How <see cref="TiffFile"/> writes a file.</summary>
public sealed record TiffWriteOptions
{
    /// <summary>The defaults: uncompressed, with an ImageJ header.</summary>
    public static TiffWriteOptions Default { get; } = new();

    /// <summary>The compression (lossless).</summary>
    public TiffCompression Compression { get; init; } = TiffCompression.None;

    /// <summary>The metadata header.</summary>
    public TiffConvention Convention { get; init; } = TiffConvention.ImageJ;
}
