namespace DeepTrack.Fluent.Bench;

/// <summary>A trivial feature: adds <see cref="Step"/> to its input (the chain case of the DeepTrack 2.0 table).</summary>
[Feature]
public sealed partial record Increment : Feature<double, double>
{
    /// <summary>The amount added.</summary>
    public partial double Step { get; init; } = 1;

    protected override double Compute(double input, FeatureContext context) => input + Step;
}
