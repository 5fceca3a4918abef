using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent;

/// <summary>
/// <c>image + number</c> (and −, ×, ÷) where the number is the output of another feature, e.g. a property of a
/// scatterer read with <see cref="Feature.Property{TFeature, TValue}"/>: the number is evaluated in the same sample,
/// so it takes the same draws as the feature it reads.
/// </summary>
/// <typeparam name="TIn">Input type of the image feature.</typeparam>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record NumberOperand<TIn, T> : Feature<TIn, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    private readonly Func<Image<T>, T, Image<T>> apply;

    /// <summary>Creates the operation.</summary>
    /// <param name="image">The image feature.</param>
    /// <param name="number">The number feature (a source: it takes no input).</param>
    /// <param name="operation">Add, Subtract, ReverseSubtract, Multiply, Divide or ReverseDivide.</param>
    public NumberOperand(Feature<TIn, Image<T>> image, Feature<NoInput, T> number, ArithmeticOperation operation)
    {
        Image = image ?? throw new ArgumentNullException(nameof(image));
        Number = number ?? throw new ArgumentNullException(nameof(number));
        if (operation > ArithmeticOperation.ReverseDivide)
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "An image and a number combine by +, −, × or ÷.");
        }

        Operation = operation;
        apply = ImageArithmeticOperators.WithNumber<T>(operation);
    }

    /// <summary>The image feature.</summary>
    public Feature<TIn, Image<T>> Image { get; }

    /// <summary>The number feature.</summary>
    public Feature<NoInput, T> Number { get; }

    /// <summary>Which operation.</summary>
    public ArithmeticOperation Operation { get; }

    /// <inheritdoc />
    public override string Name => $"{Operation}";

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => [Image, Number];

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(TIn input, FeatureContext context)
        => apply(context.Evaluate(Image, input), context.Evaluate(Number, NoInput.Value));
}
