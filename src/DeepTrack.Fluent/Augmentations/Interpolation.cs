namespace DeepTrack.Fluent.Augmentations;

/// <summary>How resampling augmentations read an image between pixel centres.</summary>
public enum Interpolation
{
    /// <summary>The nearest pixel (order 0; keeps label values such as mask classes intact).</summary>
    Nearest,

    /// <summary>Bilinear interpolation of the four surrounding pixels (order 1).</summary>
    Linear,
}
