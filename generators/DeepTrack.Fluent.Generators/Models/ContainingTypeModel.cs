using System;

namespace DeepTrack.Fluent.Generators.Models;

/// <summary>A type that contains the feature (the feature is nested in it).</summary>
/// <param name="Keyword">The declaration keyword, e.g. "class" or "record struct".</param>
/// <param name="Name">The name with type parameters.</param>
internal sealed record ContainingTypeModel(string Keyword, string Name) : IEquatable<ContainingTypeModel>;
