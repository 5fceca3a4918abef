namespace DeepTrack.Fluent;

/// <summary>A property rule that always gives the same value.</summary>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class ConstantRule<T> : PropertyRule<T>
{
    internal ConstantRule(T value) => Value = value;

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <inheritdoc />
    public override bool IsConstant => true;

    /// <inheritdoc />
    public override string ToString() => PropertyRule.Describe(Value);

    internal override T Resolve(Feature owner, ResolutionScope scope, string property) => Value;
}
