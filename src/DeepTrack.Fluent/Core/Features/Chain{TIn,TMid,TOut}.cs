using System.Collections.Generic;
using System.Text;

namespace DeepTrack.Fluent;

/// <summary><c>first &gt;&gt; second</c>: the output of <see cref="First"/> is the input of <see cref="Second"/>.</summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TMid">Type passed between the two.</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
/// <param name="First">Runs first.</param>
/// <param name="Second">Runs on the output of <paramref name="First"/>.</param>
[Feature]
public sealed partial record Chain<TIn, TMid, TOut>(Feature<TIn, TMid> First, Feature<TMid, TOut> Second) : Feature<TIn, TOut>, IChain
{
    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [First, Second];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    /// <remarks>The names of every feature of the chain, joined by " &gt;&gt; " (built without recursion, so chains of any length have one).</remarks>
    public override string Name
    {
        get
        {
            var builder = new StringBuilder();
            var pending = new Stack<Feature>();
            pending.Push(this);
            while (pending.TryPop(out var feature))
            {
                if (feature is IChain chain)
                {
                    pending.Push(chain.SecondFeature);
                    pending.Push(chain.FirstFeature);
                    continue;
                }

                builder.Append(builder.Length == 0 ? string.Empty : " >> ").Append(feature.Name);
            }

            return builder.ToString();
        }
    }

    /// <inheritdoc />
    Feature IChain.FirstFeature => First;

    /// <inheritdoc />
    Feature IChain.SecondFeature => Second;

    /// <inheritdoc />
    protected override TOut Compute(TIn input, FeatureContext context)
        => context.Evaluate(Second, context.Evaluate(First, input));
}
