namespace DeepTrack.Fluent;

/// <summary>
/// What a feature's <c>Compute</c> gets besides its input: seeded randomness for this sample and
/// replica, the evaluation of child features (with memoisation and dependency tracking), and the
/// pipeline's <see cref="SimulationEnvironment"/>.
/// </summary>
public sealed class FeatureContext
{
    private static readonly ulong ComputeSalt = StableHash.Of("<compute>");
    private readonly Evaluator evaluator;
    private readonly int nodeId;
    private readonly CacheEntry entry;
    private RandomStream? random;

    internal FeatureContext(Evaluator evaluator, Feature feature, ReplicaPath replica, int nodeId, CacheEntry entry)
    {
        this.evaluator = evaluator;
        Feature = feature;
        Replica = replica;
        this.nodeId = nodeId;
        this.entry = entry;
    }

    /// <summary>The feature being computed, as it is declared in the pipeline (not the resolved copy).</summary>
    public Feature Feature { get; }

    /// <summary>The replica being computed.</summary>
    public ReplicaPath Replica { get; }

    /// <summary>The index of the sample being computed.</summary>
    public long SampleIndex => evaluator.SampleIndex;

    /// <summary>The environment the pipeline was built with: the FFT backend and the cache of reusable values.</summary>
    public SimulationEnvironment Environment => evaluator.Environment;

    /// <summary>
    /// A random stream for this computation, determined by (seed, sample, feature, replica). Using it marks
    /// the output as different for every sample.
    /// </summary>
    public RandomStream Random
    {
        get
        {
            if (random is null)
            {
                entry.DrawsRandomness = true;
                random = evaluator.NewStream(nodeId, ComputeSalt, Replica);
            }

            return random;
        }
    }

    /// <summary>Evaluates a child feature on an input, in the same replica.</summary>
    /// <typeparam name="TIn">The child's input type.</typeparam>
    /// <typeparam name="TOut">The child's output type.</typeparam>
    /// <param name="child">The child (it must be one of the feature's <see cref="Fluent.Feature.Children"/>).</param>
    /// <param name="input">The input.</param>
    /// <returns>The child's output.</returns>
    public TOut Evaluate<TIn, TOut>(Feature<TIn, TOut> child, TIn input) => evaluator.Evaluate(child, input, Replica);

    /// <summary>Evaluates a child feature as replica <paramref name="replica"/> one level deeper (independent draws per replica).</summary>
    /// <typeparam name="TIn">The child's input type.</typeparam>
    /// <typeparam name="TOut">The child's output type.</typeparam>
    /// <param name="child">The child.</param>
    /// <param name="input">The input.</param>
    /// <param name="replica">The replica index.</param>
    /// <returns>The child's output.</returns>
    public TOut EvaluateReplica<TIn, TOut>(Feature<TIn, TOut> child, TIn input, int replica)
        => evaluator.Evaluate(child, input, Replica.Append(replica));

    /// <summary>The resolved copy (property values) of another feature of the pipeline for this sample and replica.</summary>
    /// <typeparam name="TFeature">The feature's type.</typeparam>
    /// <param name="feature">The feature.</param>
    /// <returns>Its resolved copy.</returns>
    public TFeature Resolved<TFeature>(TFeature feature)
        where TFeature : Feature
        => (TFeature)evaluator.GetResolved(feature, Replica.Truncate(evaluator.Graph.DepthOf(feature)));

    internal TOut EvaluateBound<TIn, TOut>(IBinding binding, Feature<TIn, TOut> inner, TIn input)
        => evaluator.EvaluateBound(binding, nodeId, inner, input, Replica);

    internal TOut EvaluateAtSample<TIn, TOut>(Feature<TIn, TOut> inner, TIn input, long sampleIndex)
        => evaluator.EvaluateAtSample(Feature, inner, input, Replica, sampleIndex);

    /// <summary>The features of the pipeline being evaluated.</summary>
    internal PipelineGraph Graph => evaluator.Graph;

    internal void MarkVolatile() => entry.DrawsRandomness = true;
}
