using System.Numerics;

namespace DeepTrack.Fluent.Datasets.Tests;

/// <summary>A complex field of a few pixels whose phase is drawn: complex128 in every format.</summary>
[Feature]
public sealed partial record Wave : Feature<NoInput, Image<Complex>>
{
    public partial double Phase { get; init; }

    protected override Image<Complex> Compute(NoInput input, FeatureContext context)
    {
        var image = new Image<Complex>(3, 2);
        for (int i = 0; i < image.Length; i++)
        {
            image.AsWritableSpan()[i] = Complex.FromPolarCoordinates(1 + i, Phase + i);
        }

        return image;
    }
}
