using System.Numerics;

namespace DeepTrack.Fluent.Tests.Features;

/// <summary>Adds <see cref="Amount"/> to its input.</summary>
[Feature]
public sealed partial record AddAmount : Feature<double, double>
{
    public partial double Amount { get; init; }

    protected override double Compute(double input, FeatureContext context) => input + Amount;
}

/// <summary>A source with derived properties: Area and Perimeter are functions of Radius.</summary>
[Feature]
public sealed partial record Circle : Feature<NoInput, double>
{
    public partial double Radius { get; init; } = 1;

    public partial double Area { get; init; }

    public partial double Perimeter { get; init; } = 0;

    protected override double Compute(NoInput input, FeatureContext context) => Area;
}

/// <summary>Adds Gaussian noise drawn from the context's seeded stream.</summary>
[Feature]
public sealed partial record GaussianNoise : Feature<Image<double>, Image<double>>
{
    public partial double Sigma { get; init; } = 1;

    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(Sigma >= 0, Sigma, "a standard deviation must be ≥ 0");
        var output = input.Clone();
        var pixels = output.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] += Sigma * context.Random.NextGaussian();
        }

        return output;
    }
}

/// <summary>A base scatterer with a position and an intensity.</summary>
[Feature]
public abstract partial record Scatterer : AppendFeature<Image<double>>
{
    public const int Size = 16;

    public partial PixelPosition Position { get; init; }

    public partial double Intensity { get; init; } = 1;
}

/// <summary>Renders a single bright pixel at the rounded position.</summary>
[Feature]
public sealed partial record Dot : Scatterer
{
    public partial double Radius { get; init; } = 1;

    protected override Image<double> Create(FeatureContext context)
    {
        var image = new Image<double>(Size, Size);
        int row = (int)Math.Round(Position.Row), column = (int)Math.Round(Position.Column);
        if (row >= 0 && row < Size && column >= 0 && column < Size)
        {
            image[row, column] = Intensity;
        }

        return image;
    }
}

/// <summary>Merges a list of images by summing them ("optics").</summary>
[Feature]
public sealed partial record SumImages : MergeFeature
{
    public partial double Gain { get; init; } = 1;

    protected override Image<double> Merge(IReadOnlyList<Image<double>> input, FeatureContext context)
    {
        var sum = new Image<double>(Scatterer.Size, Scatterer.Size);
        foreach (var image in input)
        {
            sum += image;
        }

        return sum * Gain;
    }
}

/// <summary>Renders a mask (1 at each dot) from the same list ("label").</summary>
[Feature]
public sealed partial record MaskImages : MergeFeature
{
    protected override Image<double> Merge(IReadOnlyList<Image<double>> input, FeatureContext context)
    {
        var mask = new Image<double>(Scatterer.Size, Scatterer.Size);
        foreach (var image in input)
        {
            mask += image.Map(v => v != 0 ? 1 : 0);
        }

        return mask;
    }
}

/// <summary>A generic feature: multiplies any number by a factor.</summary>
[Feature]
public sealed partial record Scale<T> : Feature<T, T>
    where T : INumberBase<T>
{
    public partial T Factor { get; init; }

    protected override T Compute(T input, FeatureContext context) => input * Factor;
}

/// <summary>Outputs a property that may be set to depend on itself (for the cycle test).</summary>
[Feature]
public sealed partial record Loop : Feature<NoInput, double>
{
    public partial double A { get; init; } = 1;

    public partial double B { get; init; } = 1;

    protected override double Compute(NoInput input, FeatureContext context) => A + B;
}

/// <summary>A feature whose properties declare physical ranges.</summary>
[Feature]
public sealed partial record Lens : Feature<NoInput, double>
{
    [Wavelength]
    public partial Length Wavelength { get; init; } = 633.Nanometers();

    [Positive]
    [LessThan(nameof(MediumIndex))]
    public partial double Aperture { get; init; } = 0.8;

    [InRange(1, 3)]
    public partial double MediumIndex { get; init; } = 1.33;

    [Probability]
    public partial double Transmission { get; init; } = 1;

    protected override double Compute(NoInput input, FeatureContext context) => Aperture / Wavelength.Meters;
}

/// <summary>The first image minus the second: a merge that needs two images.</summary>
[Feature]
public sealed partial record DifferenceOfTwo : MergeFeature
{
    protected override int MinimumImages => 2;

    protected override Image<double> Merge(IReadOnlyList<Image<double>> input, FeatureContext context) => input[0] - input[1];
}
