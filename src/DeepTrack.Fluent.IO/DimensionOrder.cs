namespace DeepTrack.Fluent.IO;

/// <summary>
/// The order of the planes of a multi-dimensional stack, in OME's notation: after X and Y, the dimension listed first
/// varies fastest from page to page. ImageJ hyperstacks are always <see cref="XYCZT"/> (channel fastest, then slice,
/// then frame).
/// </summary>
public enum DimensionOrder
{
    /// <summary>Slices fastest, then channels, then time points (OME's default).</summary>
    XYZCT,

    /// <summary>Slices fastest, then time points, then channels.</summary>
    XYZTC,

    /// <summary>Channels fastest, then time points, then slices.</summary>
    XYCTZ,

    /// <summary>Channels fastest, then slices, then time points (ImageJ's order).</summary>
    XYCZT,

    /// <summary>Time points fastest, then channels, then slices.</summary>
    XYTCZ,

    /// <summary>Time points fastest, then slices, then channels.</summary>
    XYTZC,
}
