using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary><c>left + right</c> (and −, ×, ÷) of two features evaluated on the same input.</summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="T">Output type.</typeparam>
[Feature]
public sealed partial record ArithmeticPair<TIn, T> : Feature<TIn, T>
{
    private readonly Func<T, T, T> apply;

    /// <summary>Creates the operation.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <param name="operation">Which operation (only the non-reverse ones are meaningful here).</param>
    /// <param name="apply">Combines the two outputs.</param>
    public ArithmeticPair(Feature<TIn, T> left, Feature<TIn, T> right, ArithmeticOperation operation, Func<T, T, T> apply)
    {
        Left = left ?? throw new ArgumentNullException(nameof(left));
        Right = right ?? throw new ArgumentNullException(nameof(right));
        Operation = operation;
        this.apply = apply ?? throw new ArgumentNullException(nameof(apply));
    }

    /// <summary>Left operand.</summary>
    public Feature<TIn, T> Left { get; }

    /// <summary>Right operand.</summary>
    public Feature<TIn, T> Right { get; }

    /// <summary>Which operation.</summary>
    public ArithmeticOperation Operation { get; }

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Left, Right];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override T Compute(TIn input, FeatureContext context)
        => apply(context.Evaluate(Left, input), context.Evaluate(Right, input));
}
