using System;

namespace DeepTrack.Fluent;

/// <summary>
/// Declares a feature: a <c>partial record</c> deriving from <see cref="Feature{TIn, TOut}"/> whose
/// <c>partial</c> properties become pipeline properties. The source generator implements each one and
/// adds fluent <c>With…</c> setters that accept a constant, a <see cref="Distribution{T}"/>, a sampler,
/// or a function of other properties of this or other features.
/// </summary>
/// <example>
/// <code>
/// [Feature]
/// public sealed partial record Scale : Feature&lt;double, double&gt;
/// {
///     public partial double Factor { get; init; } = 2;
///     protected override double Compute(double input, FeatureContext context) =&gt; input * Factor;
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FeatureAttribute : Attribute
{
}
