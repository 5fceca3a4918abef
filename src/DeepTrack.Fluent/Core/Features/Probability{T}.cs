using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>Applies <see cref="Inner"/> with probability <see cref="Chance"/>, otherwise passes the input through.</summary>
/// <typeparam name="T">Input and output type.</typeparam>
/// <param name="Inner">The feature applied sometimes.</param>
[Feature]
public sealed partial record Probability<T>(Feature<T, T> Inner) : Feature<T, T>
{
    /// <summary>The probability of applying <see cref="Inner"/>, in [0, 1].</summary>
    public partial double Chance { get; init; }

    /// <summary>A uniform draw in [0, 1); <see cref="Inner"/> is applied when it is below <see cref="Chance"/>.</summary>
    public partial double Roll { get; init; }

    /// <summary>Whether <see cref="Inner"/> is applied (on a resolved copy, for example read back from ground truth).</summary>
    public bool Applied => Roll < Chance;

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Inner];

    /// <inheritdoc />
    protected override T Compute(T input, FeatureContext context)
    {
        Require(Chance >= 0 && Chance <= 1, Chance, "a probability must lie in [0, 1]");
        return Applied ? context.Evaluate(Inner, input) : input;
    }
}
