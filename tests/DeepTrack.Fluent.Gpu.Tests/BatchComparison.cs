using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Gpu.Tests;

/// <summary>The same pipeline through the managed <c>Generate</c> and the device's <c>GenerateBatch</c>, image by image.</summary>
internal static class BatchComparison
{
    /// <summary>
    /// Asserts that samples 7 … 7 + <paramref name="count"/> − 1 have the same shape on both paths, are not blank, and
    /// differ by at most <paramref name="tolerance"/> × the largest |value| of the managed image.
    /// </summary>
    /// <returns>The largest difference found, relative to the peak.</returns>
    public static double AssertSameImages(Feature<IReadOnlyList<SampleObject>, Image<double>> feature, ulong seed, int count, GpuDevice device, double tolerance)
    {
        var cpu = feature.Build(seed).Generate(count, start: 7);
        var gpu = feature.Build(seed, new SimulationEnvironment().WithGpu(device)).GenerateBatch(count, start: 7);
        Assert.Equal(count, gpu.Length);
        double worst = 0;
        for (int i = 0; i < count; i++)
        {
            Assert.Equal((cpu[i].Height, cpu[i].Width, cpu[i].Depth, cpu[i].Rank), (gpu[i].Height, gpu[i].Width, gpu[i].Depth, gpu[i].Rank));
            var expected = cpu[i].AsReadOnlySpan().ToArray();
            var actual = gpu[i].AsReadOnlySpan().ToArray();
            double peak = expected.Max(Math.Abs);
            double difference = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
            Assert.True(peak > 0, $"sample {7 + i} is dark: the test would prove nothing");
            Assert.True(difference <= tolerance * peak, $"sample {7 + i}: max difference {difference:G3} of peak {peak:G3}");
            worst = Math.Max(worst, difference / peak);
        }

        return worst;
    }
}
