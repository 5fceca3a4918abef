namespace DeepTrack.Fluent.Torch;

/// <summary>How <see cref="ModelDetections"/> refines a local maximum of a map to a position between pixel centres.</summary>
public enum SubpixelMethod
{
    /// <summary>The maximum's pixel centre.</summary>
    None,

    /// <summary>The centroid of the window around the maximum, weighted by each value above the window's smallest.</summary>
    Centroid,

    /// <summary>Per axis, the vertex of the parabola through the maximum and its two neighbours.</summary>
    Quadratic,

    /// <summary>Per axis, the centre of the Gaussian through the maximum and its two neighbours (a parabola through their logarithms): exact for a sampled Gaussian peak; falls back to <see cref="Quadratic"/> where a value is not positive.</summary>
    Gaussian,
}
