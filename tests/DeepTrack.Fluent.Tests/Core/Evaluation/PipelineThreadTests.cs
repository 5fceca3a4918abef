using System.Threading;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

/// <summary>One pipeline used from several threads through Sample, Update and Resolve.</summary>
public class PipelineThreadTests
{
    private const int PerThread = 150;

    /// <summary>Runs <paramref name="work"/> on two threads started together; rethrows what they threw.</summary>
    private static void OnTwoThreads(Action<int> work)
    {
        using var start = new Barrier(2);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                work(t);
            }
            catch (Exception exception)
            {
                failures.Enqueue(exception);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        Assert.Empty(failures);
    }

    private static Feature<IReadOnlyList<Image<double>>, Image<double>> Noisy()
    {
        var dot = new Dot().WithPosition(Distribution.UniformPosition(0, 16, 0, 16)).WithIntensity(Distribution.Uniform(1, 5));
        return (dot ^ 3) >> new SumImages() >> new GaussianNoise().WithSigma(Distribution.Uniform(0.1, 1));
    }

    [Fact]
    public void Sample_from_two_threads_returns_the_right_images()
    {
        var reference = Noisy().Build(seed: 21).Generate(2 * PerThread);
        var shared = Noisy().Build(seed: 21);
        var results = new double[2 * PerThread][];
        OnTwoThreads(t =>
        {
            for (int k = 0; k < PerThread; k++)
            {
                int index = 2 * k + t;
                results[index] = shared.Sample(index).AsSpan().ToArray();
            }
        });
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(reference[i].AsSpan().ToArray(), results[i]);
        }
    }

    [Fact]
    public void Update_and_resolve_from_two_threads_lose_no_update_and_return_real_samples()
    {
        var reference = Noisy().Build(seed: 22).Generate(2 * PerThread + 1).Select(image => image.AsSpan().ToArray()).ToList();
        var shared = Noisy().Build(seed: 22);
        List<double[]>[] results = [[], []];
        OnTwoThreads(t =>
        {
            for (int k = 0; k < PerThread; k++)
            {
                results[t].Add(shared.Update().Resolve().AsSpan().ToArray());
            }
        });
        Assert.Equal(2 * PerThread, shared.SampleIndex);
        Assert.All(results.SelectMany(r => r), image => Assert.Contains(reference.Skip(1), r => r.AsSpan().SequenceEqual(image)));
    }
}
