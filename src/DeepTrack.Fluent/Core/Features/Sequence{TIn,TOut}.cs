using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent;

/// <summary>
/// A movie: evaluates <see cref="Inner"/> once per frame, frame <c>f</c> as replica <c>f</c> one level deeper, so
/// every frame draws its own values. Properties set with an initial value and a step
/// (<c>WithPosition(start, (self, step) =&gt; step.Previous + …)</c>) evolve from frame to frame; the others are
/// drawn independently per frame unless they are set outside the sequence.
/// </summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TOut">Output type of one frame.</typeparam>
/// <param name="Inner">What one frame is.</param>
[Feature]
public sealed partial record Sequence<TIn, TOut>(Feature<TIn, TOut> Inner) : Feature<TIn, IReadOnlyList<TOut>>, ISequence
{
    /// <summary>The number of frames (≥ 1).</summary>
    [Positive]
    public partial int Length { get; init; } = 10;

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Inner];

    /// <inheritdoc />
    int ISequence.FrameCount => Length;

    /// <inheritdoc />
    protected override IReadOnlyList<TOut> Compute(TIn input, FeatureContext context)
    {
        var first = context.EvaluateReplica(Inner, input, 0);
        string? problem = OutputMemory.Problem($"{Length} frames", Length, Unsafe.SizeOf<TOut>(), OutputImages.Bytes(first), "use fewer frames");
        Require(problem is null, Length, problem ?? string.Empty);

        var frames = new TOut[Length];
        frames[0] = first;
        for (int frame = 1; frame < frames.Length; frame++)
        {
            frames[frame] = context.EvaluateReplica(Inner, input, frame);
        }

        return frames;
    }
}
