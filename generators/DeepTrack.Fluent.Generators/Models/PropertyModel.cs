using System;
using DeepTrack.Fluent.Generators.Helpers;

namespace DeepTrack.Fluent.Generators.Models;

/// <summary>One feature property as the generator sees it.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Type">The fully qualified type, with nullable annotations.</param>
/// <param name="Accessibility">The accessibility keywords, e.g. "public".</param>
/// <param name="HasDefault">Whether the declaration has an initializer.</param>
/// <param name="UsesInit">Whether the setter is <c>init</c> (otherwise <c>set</c>).</param>
/// <param name="DeclaringType">The fully qualified declaring type (for inherited properties).</param>
/// <param name="Checks">Calls that check the resolved value, from validation attributes.</param>
internal sealed record PropertyModel(string Name, string Type, string Accessibility, bool HasDefault, bool UsesInit, string DeclaringType, EquatableArray<string> Checks)
    : IEquatable<PropertyModel>;
