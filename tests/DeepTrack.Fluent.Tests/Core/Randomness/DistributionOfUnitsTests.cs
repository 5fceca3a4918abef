using DeepTrack.Fluent.Physics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Tests;

/// <summary>Distributions of lengths and angles, the log-uniform distribution, and applying a feature to an existing image.</summary>
public class DistributionOfUnitsTests
{
    [Fact]
    public void A_uniform_length_draws_the_same_numbers_as_the_uniform_in_metres()
    {
        var lengths = Distribution.Uniform(150.Nanometers(), 300.Nanometers());
        var meters = Distribution.Uniform(150.Nanometers().Meters, 300.Nanometers().Meters);
        var a = new RandomStream(7);
        var b = new RandomStream(7);
        for (int i = 0; i < 1000; i++)
        {
            var length = lengths.Draw(a);
            Assert.Equal(meters.Draw(b), length.Meters);
            Assert.InRange(length.Meters, 150e-9 * (1 - 1e-15), 300e-9);
        }

        Assert.Equal("Uniform(150 nm, 300 nm)", lengths.ToString());
    }

    [Fact]
    public void A_uniform_length_sets_a_length_property_without_conversions()
    {
        var sphere = new Sphere().WithRadius(Distribution.Uniform(0.15.Micrometers(), 0.3.Micrometers())).WithPosition(new PixelPosition(8, 8));
        var pipeline = (sphere >> new Fluorescence().WithOutputRegion(PixelRegion.Square(16)).WithPadding(4)).Build(seed: 3);
        var radii = Enumerable.Range(0, 20).Select(i => pipeline.Sample(i).Get(sphere, s => s.Radius)[0].Meters).ToList();
        Assert.All(radii, r => Assert.InRange(r, 0.15e-6, 0.3e-6));
        Assert.True(radii.Distinct().Count() > 15);
    }

    [Fact]
    public void A_uniform_angle_stays_in_its_range()
    {
        var angles = Distribution.Uniform(0.Degrees(), 90.Degrees());
        var random = new RandomStream(1);
        Assert.All(Enumerable.Range(0, 500).Select(_ => angles.Draw(random).Degrees), d => Assert.InRange(d, 0, 90));
    }

    [Fact]
    public void LogUniform_makes_every_decade_equally_likely()
    {
        var snr = Distribution.LogUniform(1, 1000);
        var random = new RandomStream(11);
        var draws = Enumerable.Range(0, 30_000).Select(_ => snr.Draw(random)).ToArray();
        Assert.All(draws, v => Assert.InRange(v, 1, 1000));

        // Each of the three decades holds 1/3 of the draws: 10,000 ± 3 sd (sd = √(30000·1/3·2/3) ≈ 82).
        foreach (var (low, high) in new[] { (1.0, 10.0), (10.0, 100.0), (100.0, 1000.0) })
        {
            Assert.InRange(draws.Count(v => v >= low && v < high), 10_000 - 250, 10_000 + 250);
        }

        // The mean of a log-uniform on [a, b] is (b − a) / ln(b / a) = 999 / ln 1000 ≈ 144.6.
        Assert.Equal(999 / Math.Log(1000), draws.Average(), 0);
    }

    [Fact]
    public void LogUniform_lengths_and_bad_bounds()
    {
        var radii = Distribution.LogUniform(10.Nanometers(), 1.Micrometers());
        var random = new RandomStream(2);
        Assert.All(Enumerable.Range(0, 200).Select(_ => radii.Draw(random).Meters), m => Assert.InRange(m, 10e-9, 1e-6 * (1 + 1e-12)));
        Assert.Equal("low", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.LogUniform(0, 1)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.LogUniform(2, 1)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.LogUniform(1, double.PositiveInfinity)).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => Distribution.Uniform(2.Micrometers(), 1.Micrometers())).ParamName);
    }

    [Fact]
    public void Apply_evaluates_a_feature_on_an_existing_image()
    {
        var image = Image<double>.FromArray([1, 2, 3, 4, 5, 6], 2, 3);
        var normalized = new NormalizeMinMax<double>().Apply(image);
        Assert.Equal([0, 0.2, 0.4, 0.6, 0.8, 1], normalized.AsSpan().ToArray().Select(v => Math.Round(v, 12)));

        // Random properties take the draws of sample 0 of the seed, as Build(input, seed).Resolve() does.
        var noise = GaussianNoiseLike();
        Assert.Equal(noise.Apply(image, seed: 5).AsSpan().ToArray(), noise.Build(image, 5).Resolve().AsSpan().ToArray());
        Assert.NotEqual(noise.Apply(image, seed: 5).AsSpan().ToArray(), noise.Apply(image, seed: 6).AsSpan().ToArray());
    }

    private static global::DeepTrack.Fluent.Noise.GaussianNoise GaussianNoiseLike() => new global::DeepTrack.Fluent.Noise.GaussianNoise().WithSigma(1);
}
