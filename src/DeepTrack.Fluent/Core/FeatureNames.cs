using System;
using System.Collections.Concurrent;
using System.Linq;

namespace DeepTrack.Fluent;

/// <summary>Display names of feature types.</summary>
internal static class FeatureNames
{
    private static readonly ConcurrentDictionary<Type, string> Cache = new();

    /// <summary>The type's name, with generic arguments written as in C#.</summary>
    /// <param name="type">The type.</param>
    /// <returns>For example <c>Repeat&lt;Image&lt;Double&gt;&gt;</c>.</returns>
    public static string Of(Type type) => Cache.GetOrAdd(type, static t => Format(t));

    private static string Format(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        string name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Format))}>";
    }
}
