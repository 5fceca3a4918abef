using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace DeepTrack.Fluent;

/// <summary>Factory for <see cref="PropertyRule{T}"/>; the generated <c>With…</c> setters call it.</summary>
public static class PropertyRule
{
    /// <summary>A constant value.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> Constant<T>(T value) => new ConstantRule<T>(value);

    /// <summary>A new draw from <paramref name="distribution"/> per sample and replica.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="distribution">The distribution.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> From<T>(Distribution<T> distribution)
        => new DistributionRule<T>(distribution ?? throw new ArgumentNullException(nameof(distribution)));

    /// <summary>A new call of <paramref name="sampler"/> per sample and replica.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="sampler">The sampler; for reproducible randomness prefer a <see cref="Distribution{T}"/>.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> From<T>(Func<T> sampler)
        => new SamplerRule<T>(sampler ?? throw new ArgumentNullException(nameof(sampler)));

    /// <summary>A function of the other properties of the same feature.</summary>
    /// <typeparam name="TSelf">The feature type.</typeparam>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="rule">Receives the feature with its other properties resolved.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> FromSelf<TSelf, T>(Func<TSelf, T> rule)
        where TSelf : Feature
        => new SelfRule<TSelf, T>(rule ?? throw new ArgumentNullException(nameof(rule)));

    /// <summary>A function of the properties of another feature.</summary>
    /// <typeparam name="TOther">The other feature's type.</typeparam>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="other">The other feature.</param>
    /// <param name="rule">Receives the other feature with its properties resolved for the same sample and replica.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> FromFeature<TOther, T>(TOther other, Func<TOther, T> rule)
        where TOther : Feature
        => new DependentRule<TOther, T>(
            other ?? throw new ArgumentNullException(nameof(other)),
            rule ?? throw new ArgumentNullException(nameof(rule)));

    /// <summary>A function of the properties of two other features.</summary>
    /// <typeparam name="TFirst">The first feature's type.</typeparam>
    /// <typeparam name="TSecond">The second feature's type.</typeparam>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="first">The first feature.</param>
    /// <param name="second">The second feature.</param>
    /// <param name="rule">Receives both features with their properties resolved for the same sample and replica.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> FromFeatures<TFirst, TSecond, T>(TFirst first, TSecond second, Func<TFirst, TSecond, T> rule)
        where TFirst : Feature
        where TSecond : Feature
        => new DependentRule<TFirst, TSecond, T>(
            first ?? throw new ArgumentNullException(nameof(first)),
            second ?? throw new ArgumentNullException(nameof(second)),
            rule ?? throw new ArgumentNullException(nameof(rule)));

    /// <summary>A value that evolves over the frames of a sequence: <paramref name="initial"/> in frame 0, then <paramref name="step"/> applied to the previous frame's value.</summary>
    /// <typeparam name="TSelf">The feature type.</typeparam>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="initial">The rule of frame 0.</param>
    /// <param name="step">Computes the next value from the feature (other properties resolved) and the step.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> Sequential<TSelf, T>(PropertyRule<T> initial, Func<TSelf, SequenceStep<T>, T> step)
        where TSelf : Feature
        => new SequentialRule<TSelf, T>(
            initial ?? throw new ArgumentNullException(nameof(initial)),
            step ?? throw new ArgumentNullException(nameof(step)));

    /// <summary>
    /// A function of the replica being resolved: inside <c>feature ^ n</c> copy i sees the path (i), inside nested
    /// repeats the path holds one index per level, outermost first (DeepTrack 2.0's <c>_ID</c>).
    /// </summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="rule">Computes the value from the replica path; it must be a pure function of the path.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> ByReplica<T>(Func<ReplicaPath, T> rule)
        => new ReplicaRule<T>(rule ?? throw new ArgumentNullException(nameof(rule)));

    /// <summary>A function of the index of the sample being generated (the same for every replica of that sample).</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="rule">Computes the value from the sample index; it must be a pure function of the index.</param>
    /// <returns>The rule.</returns>
    public static PropertyRule<T> BySample<T>(Func<long, T> rule)
        => new SampleRule<T>(rule ?? throw new ArgumentNullException(nameof(rule)), "per sample");

    /// <summary>
    /// Sample k takes the k-th value of <paramref name="values"/>, and every sample past the end takes the last
    /// (DeepTrack 2.0's iterator-valued properties, made independent of the order in which samples are generated).
    /// The sequence is read lazily and only once, so it may be long or endless.
    /// </summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="values">The values, at least one; the first is read at once.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static PropertyRule<T> Iterate<T>(IEnumerable<T> values)
    {
        var buffer = new BufferedSequence<T>(values ?? throw new ArgumentNullException(nameof(values)));
        return new SampleRule<T>(index => buffer[index], "iterated");
    }

    internal static string Describe<T>(T value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable => value.GetType().Name,
        _ => value.ToString() ?? value.GetType().Name,
    };
}
