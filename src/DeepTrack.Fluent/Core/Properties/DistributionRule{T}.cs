namespace DeepTrack.Fluent;

/// <summary>A property rule that draws from a distribution for every sample and replica.</summary>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class DistributionRule<T> : PropertyRule<T>
{
    private readonly Distribution<T> distribution;

    internal DistributionRule(Distribution<T> distribution) => this.distribution = distribution;

    /// <inheritdoc />
    public override string ToString() => distribution.ToString();

    internal override T Resolve(Feature owner, ResolutionScope scope, string property)
        => distribution.Draw(scope.RandomFor(property));
}
