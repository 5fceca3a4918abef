namespace DeepTrack.Fluent.Physics;

/// <summary>
/// One object of a sample, as a scatterer feature describes it: where it is and what the optics need to render
/// it. The optics render it on their own simulation grid (pixel size, upscale), so a scatterer never needs to
/// know which microscope will image it.
/// </summary>
/// <remarks>
/// Coordinates: <see cref="Position"/> is in camera pixels of the sample plane (0-based, row first, integers at
/// pixel centres; one pixel is the camera pixel pitch divided by the magnification); <see cref="Z"/> is the
/// distance from the focal plane in the same pixel unit.
/// </remarks>
public abstract record SampleObject : IGroundTruthCarrier
{
    /// <summary>The lateral position, in pixels.</summary>
    public required PixelPosition Position { get; init; }

    /// <summary>The distance from the focal plane, in pixels (pixel size = camera pitch / magnification).</summary>
    public double Z { get; init; }

    /// <summary>The radius of the smallest sphere about <see cref="Position"/> (and <see cref="Z"/>) that holds the object; zero for a point.</summary>
    public virtual Length BoundingRadius => default;

    /// <inheritdoc />
    public GroundTruth Truth { get; init; } = GroundTruth.Empty;

    /// <inheritdoc />
    object IGroundTruthCarrier.WithTruth(GroundTruth truth) => this with { Truth = truth };
}
