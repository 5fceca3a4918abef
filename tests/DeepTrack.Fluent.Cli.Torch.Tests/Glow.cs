namespace DeepTrack.Fluent.Cli.Torch.Tests;

/// <summary>A uniform 8×8 glow with a little noise: its brightness is the label a small network learns in seconds.</summary>
[Feature]
public sealed partial record Glow : Feature<NoInput, Image<double>>
{
    public partial double Brightness { get; init; } = 1;

    protected override Image<double> Compute(NoInput input, FeatureContext context)
    {
        var image = new Image<double>(8, 8);
        var pixels = image.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = Brightness + (0.05 * context.Random.NextGaussian());
        }

        return image;
    }
}
