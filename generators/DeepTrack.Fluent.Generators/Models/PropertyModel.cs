using System;
using DeepTrack.Fluent.Generators.Helpers;

namespace DeepTrack.Fluent.Generators.Models;

/// <summary>One feature property as the generator sees it.</summary>
/// <param name="Name">The property name (without '@').</param>
/// <param name="Identifier">The property name as written in source ('@' before keywords).</param>
/// <param name="Type">The fully qualified type, with nullable annotations.</param>
/// <param name="Accessibility">The accessibility keywords, e.g. "public".</param>
/// <param name="Modifiers">Modifiers the implementation must repeat ("required", "virtual"), each followed by a space.</param>
/// <param name="GetAccessibility">The get accessor's own accessibility followed by a space, or empty.</param>
/// <param name="SetAccessibility">The set/init accessor's own accessibility followed by a space, or empty.</param>
/// <param name="HasDefault">Whether the declaration has an initializer.</param>
/// <param name="UsesInit">Whether the setter is <c>init</c> (otherwise <c>set</c>).</param>
/// <param name="DeclaringType">The fully qualified declaring type (for inherited properties).</param>
/// <param name="RuleField">The generated field that holds the rule.</param>
/// <param name="StateField">The generated field that holds the resolution state.</param>
/// <param name="AssignedField">The generated field that records an assignment (properties without default).</param>
/// <param name="DeclaredSetters">Bit i set: the user declared setter shape i, so the generator leaves it out.</param>
/// <param name="Checks">Calls that check the resolved value, from validation attributes.</param>
internal sealed record PropertyModel(
    string Name,
    string Identifier,
    string Type,
    string Accessibility,
    string Modifiers,
    string GetAccessibility,
    string SetAccessibility,
    bool HasDefault,
    bool UsesInit,
    string DeclaringType,
    string RuleField,
    string StateField,
    string AssignedField,
    int DeclaredSetters,
    EquatableArray<string> Checks) : IEquatable<PropertyModel>;
