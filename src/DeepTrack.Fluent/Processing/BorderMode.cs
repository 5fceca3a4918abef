namespace DeepTrack.Fluent.Processing;

/// <summary>
/// How filters and resampling extend an image beyond its edges (the names and rules of scipy.ndimage),
/// shown for a row <c>a b c d</c>.
/// </summary>
public enum BorderMode
{
    /// <summary>Mirror including the edge pixel: <c>d c b a | a b c d | d c b a</c>.</summary>
    Reflect,

    /// <summary>Mirror about the edge pixel: <c>d c b | a b c d | c b a</c>.</summary>
    Mirror,

    /// <summary>Repeat the edge pixel: <c>a a a | a b c d | d d d</c>.</summary>
    Nearest,

    /// <summary>Periodic: <c>b c d | a b c d | a b c</c>.</summary>
    Wrap,

    /// <summary>A constant fill value outside the image.</summary>
    Constant,
}
