using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests;

/// <summary>
/// Comparisons, floored modulo and division, powers, and arithmetic with number-valued features, in the spirit of
/// DeepTrack 2.0's test_operators: the same inputs and the values NumPy gives for them.
/// </summary>
public class ComparisonAndPowerOperatorTests
{
    private static readonly double[] Pixels = [-3, -1.5, 0, 1, 2, 7.5];

    private static Value<Image<double>> Source() => Feature.Constant(Image<double>.FromArray(Pixels, 2, 3));

    private static double[] Run(Feature<NoInput, Image<double>> feature, ulong seed = 0) => feature.Build(seed).Resolve().AsSpan().ToArray();

    [Fact]
    public void Comparisons_with_a_constant_give_masks_of_zero_and_one()
    {
        Assert.Equal([0, 0, 0, 0, 1, 1], Run(Source() > 1.0));
        Assert.Equal([0, 0, 0, 1, 1, 1], Run(Source() >= 1.0));
        Assert.Equal([1, 1, 1, 0, 0, 0], Run(Source() < 1.0));
        Assert.Equal([1, 1, 1, 1, 0, 0], Run(Source() <= 1.0));
        Assert.Equal([0, 0, 0, 1, 0, 0], Run(Source().EqualTo(1.0)));
        Assert.Equal([1, 1, 1, 0, 1, 1], Run(Source().NotEqualTo(1.0)));

        // The constant on the left: 1 > x is x < 1.
        Assert.Equal(Run(Source() < 1.0), Run(1.0 > Source()));
        Assert.Equal(Run(Source() >= 1.0), Run(1.0 <= Source()));
    }

    [Fact]
    public void Comparisons_of_two_features_and_with_a_draw()
    {
        var other = Feature.Constant(Image<double>.FromArray([0, 0, 0, 2, 2, 2], 2, 3));
        Assert.Equal([0, 0, 0, 0, 0, 1], Run(Source() > other));
        Assert.Equal([0, 0, 1, 0, 1, 1], Run(Source() >= other));
        Assert.Equal([0, 0, 1, 0, 1, 0], Run(Source().EqualTo(other)));

        // A threshold drawn per sample: the mask follows the draw, sample by sample.
        var pipeline = (Source() > Distribution.Uniform(-2, 2)).Build(seed: 3);
        var masks = Enumerable.Range(0, 20).Select(i => pipeline.Sample(i).AsSpan().ToArray().Sum()).ToList();
        Assert.All(masks, count => Assert.InRange(count, 2, 5));
        Assert.True(masks.Distinct().Count() > 1);
    }

    [Fact]
    public void Modulo_and_floor_division_follow_numpy()
    {
        // numpy: np.array([-3, -1.5, 0, 1, 2, 7.5]) % 2 → [1, 0.5, 0, 1, 0, 1.5]; // 2 → [-2, -1, 0, 0, 1, 3].
        Assert.Equal([1, 0.5, 0, 1, 0, 1.5], Run(Source() % 2.0));
        Assert.Equal([-2, -1, 0, 0, 1, 3], Run(Source().FloorDivide(2.0)));

        // A negative divisor gives the sign of the divisor: % -2 → [-1, -1.5, 0, -1, 0, -0.5]; // -2 → [1, 0, 0, -1, -1, -4].
        Assert.Equal([-1, -1.5, 0, -1, 0, -0.5], Run(Source() % -2.0));
        Assert.Equal([1, 0, 0, -1, -1, -4], Run(Source().FloorDivide(-2.0)));

        // Integers: np.array([-7, -1, 0, 5, 9]) % 4 → [1, 3, 0, 1, 1]; // 4 → [-2, -1, 0, 1, 2].
        var integers = Feature.Constant(Image<int>.FromArray([-7, -1, 0, 5, 9], 1, 5));
        Assert.Equal([1, 3, 0, 1, 1], (integers % 4).Build().Resolve().AsSpan().ToArray());
        Assert.Equal([-2, -1, 0, 1, 2], integers.FloorDivide(4).Build().Resolve().AsSpan().ToArray());

        // The constant on the left: 5 % x for x = [1, 2, 3] → [0, 1, 2].
        var small = Feature.Constant(Image<double>.FromArray([1, 2, 3], 1, 3));
        Assert.Equal([0, 1, 2], (5.0 % small).Build().Resolve().AsSpan().ToArray());
    }

    [Fact]
    public void Powers_with_constants_draws_and_features()
    {
        var small = Feature.Constant(Image<double>.FromArray([1, 2, 3], 1, 3));
        Assert.Equal([1, 4, 9], small.Pow(2.0).Build().Resolve().AsSpan().ToArray());
        Assert.Equal([2, 4, 8], small.PowerOf(2.0).Build().Resolve().AsSpan().ToArray());
        Assert.Equal([1, 4, 27], small.Pow(small).Build().Resolve().AsSpan().ToArray());
        var drawn = small.Pow(Distribution.Uniform(1, 2)).Build(seed: 2).Resolve();
        Assert.Equal(1, drawn[0, 0]);
        Assert.InRange(drawn[0, 1], 2, 4);
        Assert.Equal(Math.Log(drawn[0, 2]) / Math.Log(3), Math.Log(drawn[0, 1]) / Math.Log(2), 12);
    }

    [Fact]
    public void An_image_times_a_property_of_another_feature_follows_its_draws()
    {
        var particle = new PointParticle().WithPosition(new PixelPosition(8, 8)).WithIntensity(Distribution.Uniform(1, 5));
        var optics = new Fluorescence().WithOutputRegion(PixelRegion.Square(16)).WithPadding(4);
        var image = particle >> optics;
        var scaled = image * Feature.Property(particle, p => p.Intensity);
        var offset = 10.0 - (image / Feature.Property(particle, p => p.Intensity));
        var pipeline = (image & scaled & offset).Build(seed: 4);
        for (int i = 0; i < 5; i++)
        {
            var (plain, times, minus) = pipeline.Sample(i);
            double intensity = plain.Get(particle, p => p.Intensity)[0];
            Assert.Equal(plain[8, 8] * intensity, times[8, 8], 12);
            Assert.Equal(10 - plain[8, 8] / intensity, minus[8, 8], 12);
        }
    }
}
