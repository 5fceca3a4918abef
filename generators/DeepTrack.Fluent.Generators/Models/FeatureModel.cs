using System;
using DeepTrack.Fluent.Generators.Helpers;

namespace DeepTrack.Fluent.Generators.Models;

/// <summary>Everything the emitter needs about one feature declaration: strings and flags only, so it caches.</summary>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="Containers">The containing types, outermost first.</param>
/// <param name="Name">The type name with type parameters, e.g. <c>Value&lt;T&gt;</c>.</param>
/// <param name="IsSealed">Whether the record is sealed.</param>
/// <param name="DeclaresEquality">Whether the user declared Equals(T?) already.</param>
/// <param name="DeclaresPrintMembers">Whether the user declared PrintMembers already.</param>
/// <param name="Properties">The properties declared here.</param>
/// <param name="InheritedProperties">Feature properties inherited from base features.</param>
internal sealed record FeatureModel(
    string HintName,
    string Namespace,
    EquatableArray<ContainingTypeModel> Containers,
    string Name,
    bool IsSealed,
    bool DeclaresEquality,
    bool DeclaresPrintMembers,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<PropertyModel> InheritedProperties) : IEquatable<FeatureModel>;
