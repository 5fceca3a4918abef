namespace DeepTrack.Fluent.Augmentations;

/// <summary>How resampling augmentations read an image between pixel centres.</summary>
public enum Interpolation
{
    /// <summary>The nearest pixel (order 0; keeps label values such as mask classes intact).</summary>
    Nearest,

    /// <summary>Bilinear interpolation of the four surrounding pixels (order 1).</summary>
    Linear,

    /// <summary>
    /// Keys' cubic convolution (a = −0.5) of the sixteen surrounding pixels (order 3): it passes through the
    /// pixel values and reproduces polynomials up to the second degree exactly. DeepTrack 2.0's <c>order=3</c>
    /// (scipy's prefiltered cubic B-spline) and OpenCV's cubic (a = −0.75) are close but not identical.
    /// </summary>
    Cubic,
}
