namespace DeepTrack.Fluent.IO;

/// <summary>How the pixels of a TIFF file are compressed (all lossless).</summary>
public enum TiffCompression
{
    /// <summary>Uncompressed: read by every program.</summary>
    None,

    /// <summary>LZW.</summary>
    Lzw,

    /// <summary>Deflate (zlib), TIFF compression code 8.</summary>
    Deflate,

    /// <summary>PackBits run-length coding.</summary>
    PackBits,
}
