using System;

namespace DeepTrack.Fluent;

/// <summary>
/// <c>feature + operand</c> and the other arithmetic operators with a constant or a distribution
/// (the operand is a property, so it can be drawn per sample and read back from ground truth).
/// </summary>
/// <typeparam name="T">Input and output type.</typeparam>
/// <typeparam name="TOperand">Operand type.</typeparam>
[Feature]
public sealed partial record Arithmetic<T, TOperand> : Feature<T, T>
{
    private readonly Func<T, TOperand, T> apply;

    /// <summary>Creates the operation.</summary>
    /// <param name="operation">Which operation.</param>
    /// <param name="apply">Computes the result from the input and the operand.</param>
    public Arithmetic(ArithmeticOperation operation, Func<T, TOperand, T> apply)
    {
        Operation = operation;
        this.apply = apply ?? throw new ArgumentNullException(nameof(apply));
    }

    /// <summary>Which operation.</summary>
    public ArithmeticOperation Operation { get; }

    /// <summary>The right-hand side (left-hand side for the reverse operations).</summary>
    public partial TOperand Operand { get; init; }

    /// <inheritdoc />
    public override string Name => $"{Operation}";

    /// <inheritdoc />
    protected override T Compute(T input, FeatureContext context) => apply(input, Operand);
}
