using System.ComponentModel;

namespace DeepTrack.Fluent.Infrastructure;

/// <summary>
/// Reads a generated feature property. Called by generated code only: on a feature being resolved it
/// evaluates the property's rule once (resolving the properties it reads first, and detecting cycles);
/// on a feature that is part of a pipeline description it returns the constant value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PropertyResolver
{
    private const byte Pending = 0;
    private const byte InProgress = 1;
    private const byte Done = 2;

    /// <summary>Reads a property that is not yet known to be resolved.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="owner">The feature.</param>
    /// <param name="state">The property's resolution state on <paramref name="owner"/>.</param>
    /// <param name="rule">The property's rule, or null when it holds a plain value.</param>
    /// <param name="field">The property's storage.</param>
    /// <param name="hasValue">Whether the storage holds a value (a declared default or an assigned one).</param>
    /// <param name="property">The property's name.</param>
    /// <returns>The value.</returns>
    public static T Read<T>(Feature owner, ref byte state, PropertyRule<T>? rule, ref T field, bool hasValue, string property)
    {
        ResolutionScope? scope = owner.Resolution;
        if (scope is null)
        {
            return ReadDescription(owner, rule, field, hasValue, property);
        }

        switch (state)
        {
            case Done:
                return field;
            case InProgress:
                throw scope.CycleError(property);
        }

        state = InProgress;
        scope.Enter(property);
        T value;
        if (rule is not null)
        {
            value = rule.Resolve(owner, scope, property);
        }
        else if (hasValue)
        {
            value = field;
        }
        else
        {
            throw new MissingPropertyValueException(owner.Name, property);
        }

        scope.Leave();
        field = value;
        state = Done;
        return value;
    }

    /// <summary>
    /// Appends <c>", name = description"</c> (no comma for the first member) to a printout: the value on a
    /// resolved copy, otherwise the rule. Generated <c>PrintMembers</c> calls it once per property as
    /// <c>Print(builder, ref printed, "P", Describe(this, rule, hasValue) ?? Describe(this.P))</c>, so the
    /// property is read only when the description is its value.
    /// </summary>
    /// <param name="builder">The printout.</param>
    /// <param name="printed">Whether a member was printed before; set to true.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="description">The description.</param>
    public static void Print(System.Text.StringBuilder builder, ref bool printed, string name, string description)
    {
        if (printed)
        {
            builder.Append(", ");
        }

        builder.Append(name).Append(" = ").Append(description);
        printed = true;
    }

    /// <summary>Describes a property from its rule, or returns null when the description is its value (a resolved copy, or a plain value).</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="owner">The feature.</param>
    /// <param name="rule">The property's rule, or null when it holds a plain value.</param>
    /// <param name="hasValue">Whether the plain value is set.</param>
    /// <returns>The description, or null when the value must be described instead.</returns>
    public static string? Describe<T>(Feature owner, PropertyRule<T>? rule, bool hasValue)
        => owner.IsResolvedCopy ? null : rule?.ToString() ?? (hasValue ? null : "<unset>");

    /// <summary>Describes a property's value.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>A short description.</returns>
    public static string Describe<T>(T value) => PropertyRule.Describe(value);

    private static T ReadDescription<T>(Feature owner, PropertyRule<T>? rule, T field, bool hasValue, string property)
    {
        if (rule is null)
        {
            return hasValue ? field : throw new MissingPropertyValueException(owner.Name, property);
        }

        if (rule is ConstantRule<T> constant)
        {
            return constant.Value;
        }

        throw new System.InvalidOperationException(
            $"{owner.Name}.{property} is set to '{rule}', which has a value only for a given sample. " +
            $"Read it from a resolved output (for example image.Get(feature, f => f.{property})) or inside a property rule.");
    }
}
