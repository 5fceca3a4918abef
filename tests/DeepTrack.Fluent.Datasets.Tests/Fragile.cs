namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>Throws for a drawn value above 0.8, so that some samples of a pipeline fail.</summary>
[Feature]
public sealed partial record Fragile : Feature<Image<double>, Image<double>>
{
    public partial double Roll { get; init; }

    protected override Image<double> Compute(Image<double> input, FeatureContext context)
        => Roll > 0.8 ? throw new InvalidOperationException($"roll {Roll:F3} is too high") : input;
}
