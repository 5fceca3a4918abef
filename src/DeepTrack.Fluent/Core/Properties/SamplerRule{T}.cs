using System;

namespace DeepTrack.Fluent;

/// <summary>A property rule that calls a function again for every sample and replica.</summary>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed class SamplerRule<T> : PropertyRule<T>
{
    private readonly Func<T> sampler;

    internal SamplerRule(Func<T> sampler) => this.sampler = sampler;

    /// <inheritdoc />
    public override string ToString() => "sampler";

    internal override T Resolve(Feature owner, ResolutionScope scope, string property)
    {
        scope.MarkVolatile();
        return sampler();
    }
}
