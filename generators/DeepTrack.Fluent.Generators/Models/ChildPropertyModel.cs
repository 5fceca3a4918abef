using System;

namespace DeepTrack.Fluent.Generators.Models;

/// <summary>A property that holds a child feature (a plain <c>{ get; init; }</c> property, not a pipeline property): it gets one <c>With…</c> setter.</summary>
/// <param name="Name">The property name (without '@').</param>
/// <param name="Identifier">The property name as written in source.</param>
/// <param name="Type">The fully qualified type, with nullable annotations.</param>
/// <param name="DeclaringType">The fully qualified declaring type.</param>
/// <param name="Inherited">Whether a base feature declares it (its setter is then hidden by this feature's).</param>
internal sealed record ChildPropertyModel(string Name, string Identifier, string Type, string DeclaringType, bool Inherited) : IEquatable<ChildPropertyModel>;
