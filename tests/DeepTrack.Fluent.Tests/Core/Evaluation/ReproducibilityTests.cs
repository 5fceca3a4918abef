using System.Security.Cryptography;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class ReproducibilityTests
{
    private static Feature<IReadOnlyList<Image<double>>, Image<double>> NoisyDots()
    {
        var dot = new Dot()
            .WithPosition(Distribution.UniformPosition(0, 16, 0, 16))
            .WithIntensity(Distribution.LogNormal(0, 0.5));
        return (dot ^ Distribution.UniformInt(1, 6)) >> new SumImages() >> new GaussianNoise().WithSigma(Distribution.Uniform(0.01, 0.1));
    }

    private static string Hash(IEnumerable<Image<double>> images)
    {
        using var sha = SHA256.Create();
        foreach (var image in images)
        {
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(image.AsReadOnlySpan()).ToArray();
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexString(sha.Hash!);
    }

    [Fact]
    public void Same_seed_gives_identical_images_with_one_or_many_threads()
    {
        var feature = NoisyDots();
        string oneThread = Hash(feature.Build(seed: 42).Generate(300, maxDegreeOfParallelism: 1));
        string manyThreads = Hash(feature.Build(seed: 42).Generate(300, maxDegreeOfParallelism: 8));
        string rebuilt = Hash(NoisyDots().Build(seed: 42).Generate(300));
        Assert.Equal(oneThread, manyThreads);
        Assert.Equal(oneThread, rebuilt);
    }

    [Fact]
    public void Batch_size_and_order_do_not_change_samples()
    {
        var pipeline = NoisyDots().Build(seed: 7);
        var whole = pipeline.Generate(40);
        var batches = pipeline.Generate(25).Concat(pipeline.Generate(15, start: 25)).ToArray();
        Assert.Equal(Hash(whole), Hash(batches));
        var backwards = Enumerable.Range(0, 40).Reverse().Select(i => pipeline.Sample(i)).Reverse().ToArray();
        Assert.Equal(Hash(whole), Hash(backwards));
    }

    [Fact]
    public void Samples_of_any_indices_in_any_order_with_repeats_are_the_samples_of_those_indices()
    {
        var pipeline = NoisyDots().Build(seed: 9);
        long[] indices = [17, 3, 250, 3, 0, 99, 1_000_000, 42];
        var picked = pipeline.Generate(indices);
        var oneThread = NoisyDots().Build(seed: 9).Generate(indices, maxDegreeOfParallelism: 1);
        Assert.Equal(indices.Length, picked.Length);
        Assert.Equal(Hash(indices.Select(i => NoisyDots().Build(seed: 9).Sample(i))), Hash(picked));
        Assert.Equal(Hash(picked), Hash(oneThread));
        Assert.Equal(Hash(pipeline.Generate(5, start: 40)), Hash(pipeline.Generate([40, 41, 42, 43, 44])));
        Assert.Empty(pipeline.Generate(Array.Empty<long>()));

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => pipeline.Generate([4, -2]));
        Assert.Equal("indices", negative.ParamName);
        Assert.Contains("indices[1]", negative.Message);
        Assert.Contains("-2", negative.Message);
    }

    [Fact]
    public void Update_then_resolve_equals_generate()
    {
        var pipeline = NoisyDots().Build(seed: 3);
        var sequential = new List<Image<double>>();
        for (int i = 0; i < 20; i++)
        {
            sequential.Add(pipeline.Resolve());
            pipeline.Update();
        }

        Assert.Equal(Hash(NoisyDots().Build(seed: 3).Generate(20)), Hash(sequential));
    }

    [Fact]
    public void Different_seeds_and_samples_give_different_draws()
    {
        var a = NoisyDots().Build(seed: 1).Generate(10);
        var b = NoisyDots().Build(seed: 2).Generate(10);
        Assert.NotEqual(Hash(a), Hash(b));
        Assert.Equal(10, a.Select(i => Hash([i])).Distinct().Count());
    }

    [Fact]
    public void Consecutive_samples_are_uncorrelated()
    {
        var values = Feature.Sampled(Distribution.Uniform(0, 1)).Build(seed: 5).Generate(20000);
        double mean = values.Average();
        double covariance = 0, variance = 0;
        for (int i = 0; i + 1 < values.Length; i++)
        {
            covariance += (values[i] - mean) * (values[i + 1] - mean);
            variance += (values[i] - mean) * (values[i] - mean);
        }

        // Lag-1 autocorrelation of independent draws: sd ≈ 1/√n ≈ 0.007; allow 5 sd.
        Assert.InRange(covariance / variance, -0.035, 0.035);
        Assert.InRange(mean, 0.49, 0.51);
    }

    [Fact]
    public void Normal_draws_have_the_requested_moments()
    {
        var values = Feature.Sampled(Distribution.Normal(3, 2)).Build(seed: 8).Generate(40000);
        double mean = values.Average();
        double sd = Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Sum() / (values.Length - 1));
        Assert.InRange(mean, 3 - 0.05, 3 + 0.05);
        Assert.InRange(sd, 2 - 0.04, 2 + 0.04);
    }
}
