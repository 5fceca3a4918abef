using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests;

/// <summary>
/// Optics whose parameters are drawn per sample fill the cache with values used once: it stays within its budget,
/// and the images do not depend on the budget. (Resident memory over 100,000 images: benchmarks/DeepTrack.Fluent.Bench memory.)
/// </summary>
public class BoundedMemoryTests
{
    private const long SmallBudget = 2L << 20;

    private static Feature<IReadOnlyList<SampleObject>, Image<double>> Brightfield()
    {
        var sphere = new Sphere().WithRadius(0.4.Micrometers()).WithRefractiveIndex(1.45).WithPosition(Distribution.UniformPosition(8, 24, 8, 24));
        var optics = new Brightfield()
            .WithNA(Distribution.Uniform(0.5, 0.9))
            .WithPadding(8).WithOutputRegion(PixelRegion.Square(32))
            .WithPupil(Zernike.Defocus(0).WithCoefficient(Distribution.Uniform(-1, 1)) >> Zernike.HorizontalComa(0).WithCoefficient(Distribution.Uniform(-0.5, 0.5)));
        return (sphere ^ 1) >> optics;
    }

    private static Feature<IReadOnlyList<SampleObject>, Image<double>> Fluorescence()
    {
        var particle = new PointParticle().WithPosition(Distribution.UniformPosition(4, 28, 4, 28)).WithIntensity(100);
        var optics = new Fluorescence().WithPadding(8).WithOutputRegion(PixelRegion.Square(32)).WithPupil(Zernike.Defocus(0).WithCoefficient(Distribution.Uniform(-2, 2)));
        return (particle ^ 3) >> optics;
    }

    public static TheoryData<string> Pipelines => ["brightfield", "fluorescence"];

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Optics_drawn_per_sample_stay_within_the_cache_budget_and_give_the_same_images(string name)
    {
        var feature = name == "brightfield" ? Brightfield() : Fluorescence();
        var small = feature.Build(seed: 7, new SimulationEnvironment().WithCacheBudget(SmallBudget));
        var images = small.Generate(200);
        var statistics = small.Environment.Cache.Statistics;
        Assert.InRange(statistics.PeakBytesInUse, SmallBudget / 2, SmallBudget);
        Assert.True(statistics.Evictions > 100, $"{statistics.Evictions} evictions");
        Assert.True(statistics.Misses >= 200, $"{statistics.Misses} misses");

        var roomy = feature.Build(seed: 7);
        foreach (int i in new[] { 0, 17, 150, 199 })
        {
            Assert.Equal(roomy.Sample(i).AsSpan().ToArray(), images[i].AsSpan().ToArray());
        }
    }

    [Fact]
    public void Pipelines_built_with_one_environment_share_its_cache()
    {
        var environment = new SimulationEnvironment();
        var optics = new Fluorescence().WithPadding(8).WithOutputRegion(PixelRegion.Square(32));
        var first = ((new PointParticle().WithPosition(new PixelPosition(10, 10)) ^ 1) >> optics).Build(seed: 1, environment);
        var second = ((new PointParticle().WithPosition(new PixelPosition(20, 12)) ^ 1) >> optics).Build(seed: 2, environment);
        first.Resolve();
        long misses = environment.Cache.Statistics.Misses;
        second.Resolve();
        Assert.Same(environment, second.Environment);
        Assert.Equal(misses, environment.Cache.Statistics.Misses);
        Assert.True(environment.Cache.Statistics.Hits > 0);
    }
}
