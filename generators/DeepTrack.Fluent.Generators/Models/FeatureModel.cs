using System;
using DeepTrack.Fluent.Generators.Helpers;

namespace DeepTrack.Fluent.Generators.Models;

/// <summary>Everything the emitter needs about one feature declaration: strings and flags only, so it caches.</summary>
/// <param name="HintName">The generated file's hint name before it is made unique (valid characters only, no ".g.cs").</param>
/// <param name="FullName">The feature's exact full name, which tells apart features whose hint names differ only in case.</param>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="Containers">The containing types, outermost first.</param>
/// <param name="Name">The type name with type parameters, e.g. <c>Value&lt;T&gt;</c>, keywords escaped.</param>
/// <param name="TypeParameters">The names of the type parameters in scope (of the feature and its containers).</param>
/// <param name="IsSealed">Whether the record is sealed.</param>
/// <param name="DeclaresEquality">Whether the user declared Equals(T?) already.</param>
/// <param name="DeclaresPrintMembers">Whether the user declared PrintMembers already.</param>
/// <param name="Properties">The properties declared here.</param>
/// <param name="InheritedProperties">Feature properties inherited from base features.</param>
/// <param name="ChildProperties">Properties that hold child features, own and inherited.</param>
/// <param name="WithRuleMethod">The name of the generated copy-with-rule method the setters call.</param>
/// <param name="Location">The declaration, for diagnostics.</param>
/// <param name="Failure">Set when building the model failed: the exception, for the diagnostic.</param>
internal sealed record FeatureModel(
    string HintName,
    string FullName,
    string Namespace,
    EquatableArray<ContainingTypeModel> Containers,
    string Name,
    EquatableArray<string> TypeParameters,
    bool IsSealed,
    bool DeclaresEquality,
    bool DeclaresPrintMembers,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<PropertyModel> InheritedProperties,
    EquatableArray<ChildPropertyModel> ChildProperties,
    string WithRuleMethod,
    LocationInfo? Location,
    string? Failure) : IEquatable<FeatureModel>;
