namespace DeepTrack.Fluent.Noise;

/// <summary>Adds a constant <see cref="Level"/> to every pixel (DeepTrack 2.0's Background / Offset).</summary>
[Feature]
public sealed partial record Background : Feature<Image<double>, Image<double>>
{
    /// <summary>The value added.</summary>
    public partial double Level { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(double.IsFinite(Level), Level, "must be finite");
        return input + Level;
    }
}
