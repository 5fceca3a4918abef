using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>Factories for the structural features (DeepTrack's Value, Lambda, Merge, OneOf, Probability, Combine, Store, Reuse, Bind).</summary>
public abstract partial record Feature
{
    /// <summary>A feature that outputs a constant.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The feature.</returns>
    public static Value<T> Constant<T>(T value) => new Value<T>().WithContent(value);

    /// <summary>A feature that outputs a new draw per sample.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="distribution">The distribution.</param>
    /// <returns>The feature.</returns>
    public static Value<T> Sampled<T>(Distribution<T> distribution) => new Value<T>().WithContent(distribution);

    /// <summary>
    /// A feature that outputs a function of another feature's resolved properties in the same sample, e.g.
    /// <c>optics * Feature.Property(sphere, s =&gt; s.Intensity)</c>: the number follows the other feature's draws.
    /// </summary>
    /// <typeparam name="TFeature">The other feature's type.</typeparam>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="feature">The feature whose properties are read.</param>
    /// <param name="selector">Computes the value from the resolved feature.</param>
    /// <returns>The feature.</returns>
    public static Value<TValue> Property<TFeature, TValue>(TFeature feature, Func<TFeature, TValue> selector)
        where TFeature : Feature
        => new Value<TValue>().WithContent(feature, selector);

    /// <summary>A feature that applies a pure function to its input.</summary>
    /// <typeparam name="TIn">Input type.</typeparam>
    /// <typeparam name="TOut">Output type.</typeparam>
    /// <param name="function">The function.</param>
    /// <returns>The feature.</returns>
    public static Lambda<TIn, TOut> Lambda<TIn, TOut>(Func<TIn, TOut> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return new Lambda<TIn, TOut>((input, _) => function(input));
    }

    /// <summary>The "merge" operation: a feature that turns a whole list into one output.</summary>
    /// <typeparam name="T">Element type.</typeparam>
    /// <typeparam name="TOut">Output type.</typeparam>
    /// <param name="merge">Combines the list.</param>
    /// <returns>The feature.</returns>
    public static Lambda<IReadOnlyList<T>, TOut> Merge<T, TOut>(Func<IReadOnlyList<T>, TOut> merge) => Lambda(merge);

    /// <summary>Evaluates one of <paramref name="choices"/>, drawn uniformly per sample.</summary>
    /// <typeparam name="TIn">Input type.</typeparam>
    /// <typeparam name="TOut">Output type.</typeparam>
    /// <param name="choices">The features (at least one).</param>
    /// <returns>The feature.</returns>
    public static OneOf<TIn, TOut> OneOf<TIn, TOut>(params Feature<TIn, TOut>[] choices)
    {
        var oneOf = new OneOf<TIn, TOut>(choices);
        return oneOf.WithIndex(Distribution.UniformInt(0, choices.Length));
    }

    /// <summary>Applies <paramref name="feature"/> with probability <paramref name="chance"/>, otherwise passes the input through.</summary>
    /// <typeparam name="T">Input and output type.</typeparam>
    /// <param name="feature">The feature.</param>
    /// <param name="chance">The probability, in [0, 1].</param>
    /// <returns>The feature.</returns>
    public static Probability<T> Probability<T>(Feature<T, T> feature, double chance)
        => new Probability<T>(feature).WithChance(chance).WithRoll(Distribution.Uniform(0, 1));

    /// <summary>Evaluates every feature on the same input, as a list (shared upstream evaluated once).</summary>
    /// <typeparam name="TIn">Input type.</typeparam>
    /// <typeparam name="TOut">Output type.</typeparam>
    /// <param name="features">The features.</param>
    /// <returns>The feature.</returns>
    public static CombineAll<TIn, TOut> Combine<TIn, TOut>(params Feature<TIn, TOut>[] features) => new(features);
}
