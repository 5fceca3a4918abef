namespace DeepTrack.Fluent.IO;

/// <summary>What <see cref="PngFile.Read{T}"/> does with colour pixels.</summary>
public enum PngColor
{
    /// <summary>Only gray pixels (R = G = B) are read; a colour pixel is an error.</summary>
    GrayOnly,

    /// <summary>Colour pixels become their luma, 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601, as PIL's "L" mode), rounded.</summary>
    Luminance,
}
