namespace DeepTrack.Fluent;

/// <summary>A memoised output of a feature for one replica, with the input it was computed from.</summary>
/// <typeparam name="TIn">Input type.</typeparam>
/// <typeparam name="TOut">Output type.</typeparam>
internal sealed class OutputEntry<TIn, TOut> : CacheEntry
{
    /// <summary>The input of the last computation.</summary>
    public TIn Input { get; set; } = default!;

    /// <summary>The output of the last computation.</summary>
    public TOut Output { get; set; } = default!;

    /// <summary>Whether <paramref name="input"/> is the input the output was computed from (identity for objects).</summary>
    /// <param name="input">The input to compare.</param>
    /// <returns>True if the stored output can be reused.</returns>
    public bool HasInput(TIn input)
        => typeof(TIn).IsValueType
            ? System.Collections.Generic.EqualityComparer<TIn>.Default.Equals(Input, input)
            : ReferenceEquals(Input, input);
}
