using BenchmarkDotNet.Attributes;
using DeepTrack.Fluent;

namespace DeepTrack.Fluent.Benchmarks;

/// <summary>
/// Orchestration overhead of a chain of 10 trivial features (DeepTrack 2.0 costs about 30 µs per node):
/// update + resolve when every node draws a new random property, when none does, and a property read.
/// </summary>
[MemoryDiagnoser]
public class ChainOverheadBenchmarks
{
    public const int Nodes = 10;

    private Pipeline<NoInput, double> randomChain = null!;
    private Pipeline<NoInput, double> constantChain = null!;
    private Increment resolved = null!;

    [GlobalSetup]
    public void Setup()
    {
        randomChain = Build(new Increment().WithStep(Distribution.Uniform(0, 1))).Build(seed: 1);
        constantChain = Build(new Increment().WithStep(2)).Build(seed: 1);
        var increment = new Increment().WithStep(3);
        resolved = (Feature.Constant(0.0) >> increment).Build().Resolved(increment);
        randomChain.Resolve();
        constantChain.Resolve();
    }

    /// <summary>Every node has a random property: everything is recomputed for the new sample.</summary>
    /// <returns>The output.</returns>
    [Benchmark(Baseline = true)]
    public double UpdateResolveAllRandom() => randomChain.Update().Resolve();

    /// <summary>No node draws: the update invalidates nothing and the resolve returns the memoised output.</summary>
    /// <returns>The output.</returns>
    [Benchmark]
    public double UpdateResolveAllConstant() => constantChain.Update().Resolve();

    /// <summary>Reading a constant property on a resolved feature, as Compute does.</summary>
    /// <returns>The value.</returns>
    [Benchmark]
    public double ReadResolvedProperty() => resolved.Step;

    private static Feature<NoInput, double> Build(Increment template)
    {
        Feature<NoInput, double> chain = Feature.Constant(0.0);
        for (int i = 0; i < Nodes; i++)
        {
            chain = chain >> (template with { });
        }

        return chain;
    }
}
