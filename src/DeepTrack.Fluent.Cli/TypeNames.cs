using System;
using System.Linq;

namespace DeepTrack.Fluent.Cli;

/// <summary>Type names as C# writes them: <c>Image&lt;Double&gt;</c>, <c>(Image&lt;Double&gt;, Image&lt;Double&gt;)</c>.</summary>
internal static class TypeNames
{
    public static string Of(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        string arguments = string.Join(", ", type.GenericTypeArguments.Select(Of));
        return type.FullName?.StartsWith("System.ValueTuple`", StringComparison.Ordinal) == true
            ? $"({arguments})"
            : $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{arguments}>";
    }
}
