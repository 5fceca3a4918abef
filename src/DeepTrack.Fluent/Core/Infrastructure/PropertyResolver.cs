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

    /// <summary>Describes a property for a printout: its value on a resolved copy, otherwise its rule.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="owner">The feature.</param>
    /// <param name="rule">The property's rule, or null when it holds a plain value.</param>
    /// <param name="value">Reads the plain value (called only when there is one).</param>
    /// <param name="hasValue">Whether the plain value is set.</param>
    /// <returns>A short description.</returns>
    public static string Describe<T>(Feature owner, PropertyRule<T>? rule, System.Func<T> value, bool hasValue)
    {
        if (owner.IsResolvedCopy)
        {
            return PropertyRule.Describe(value());
        }

        return rule?.ToString() ?? (hasValue ? PropertyRule.Describe(value()) : "<unset>");
    }

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
