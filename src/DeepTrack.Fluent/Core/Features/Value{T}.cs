namespace DeepTrack.Fluent;

/// <summary>Outputs its <see cref="Content"/>: a constant, a draw, or a function of other features' properties.</summary>
/// <typeparam name="T">The value's type.</typeparam>
[Feature]
public sealed partial record Value<T> : Feature<NoInput, T>
{
    /// <summary>The value output.</summary>
    public partial T Content { get; init; }

    /// <inheritdoc />
    protected override T Compute(NoInput input, FeatureContext context) => Content;
}
