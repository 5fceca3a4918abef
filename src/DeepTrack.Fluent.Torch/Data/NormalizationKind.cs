namespace DeepTrack.Fluent.Torch;

/// <summary>How an <see cref="InputNormalization"/> maps an image's pixels to network input values.</summary>
public enum NormalizationKind
{
    /// <summary>The pixels as they are.</summary>
    None,

    /// <summary>Per image: its smallest pixel to <see cref="InputNormalization.Low"/>, its largest to <see cref="InputNormalization.High"/>.</summary>
    MinMax,

    /// <summary>Per image: minus its mean, divided by its standard deviation.</summary>
    Standard,

    /// <summary>The same for every image: minus <see cref="InputNormalization.Low"/> (an offset), divided by <see cref="InputNormalization.High"/> (a scale).</summary>
    Fixed,
}
