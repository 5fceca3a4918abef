using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent;

/// <summary>
/// Finds the images inside a feature's input or output: the value itself, the items of tuples and the elements of
/// materialised collections (arrays, lists; lazy sequences are not enumerated), nested up to
/// <see cref="MaximumNesting"/> levels. Used to make published images read-only and to estimate how much memory
/// outputs hold.
/// </summary>
internal static class OutputImages
{
    /// <summary>How deep tuples and collections are searched.</summary>
    public const int MaximumNesting = 8;

    /// <summary>Makes every image reachable from <paramref name="value"/> read-only.</summary>
    /// <typeparam name="T">The static type of the value.</typeparam>
    /// <param name="value">The value.</param>
    public static void MakeReadOnly<T>(T value)
    {
        if (Shape<T>.MayHoldImages)
        {
            Visit(value, 0, default(ReadOnlyVisitor));
        }
    }

    /// <summary>The pixel bytes of every image reachable from <paramref name="value"/> (shared images counted once per reference).</summary>
    /// <typeparam name="T">The static type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The bytes.</returns>
    public static long Bytes<T>(T value)
    {
        if (!Shape<T>.MayHoldImages)
        {
            return 0;
        }

        var counter = new ByteCounter();
        Visit(value, 0, counter);
        return counter.Total;
    }

    private static void Visit<TVisitor>(object? value, int nesting, TVisitor visitor)
        where TVisitor : IVisitor
    {
        switch (value)
        {
            case null:
                return;
            case IPipelineImage image:
                visitor.Visit(image);
                return;
            case string:
                return;
        }

        if (nesting >= MaximumNesting)
        {
            return;
        }

        if (value is ITuple tuple)
        {
            for (int i = 0; i < tuple.Length; i++)
            {
                Visit(tuple[i], nesting + 1, visitor);
            }
        }
        else if (value is ICollection or IReadOnlyCollection<object>)
        {
            foreach (var item in (IEnumerable)value)
            {
                Visit(item, nesting + 1, visitor);
            }
        }
    }

    /// <summary>Whether a value of static type <paramref name="type"/> can hold images that <see cref="Visit"/> reaches.</summary>
    private static bool MayHold(Type type, int nesting)
    {
        if (typeof(IPipelineImage).IsAssignableFrom(type) || type == typeof(object))
        {
            return true;
        }

        if (nesting >= MaximumNesting || type == typeof(string) || type.IsPrimitive || type.IsEnum || type.IsPointer)
        {
            return false;
        }

        if (type.IsArray)
        {
            return MayHold(type.GetElementType()!, nesting + 1);
        }

        if (type.IsGenericType && typeof(ITuple).IsAssignableFrom(type))
        {
            foreach (var argument in type.GetGenericArguments())
            {
                if (MayHold(argument, nesting + 1))
                {
                    return true;
                }
            }

            return false;
        }

        bool enumerable = false;
        foreach (var implemented in type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces())
        {
            if (implemented.IsGenericType && implemented.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                enumerable = true;
                if (MayHold(implemented.GetGenericArguments()[0], nesting + 1))
                {
                    return true;
                }
            }
        }

        // A non-generic collection interface (IEnumerable, ICollection, IList) may hold anything.
        return !enumerable && type.IsInterface && typeof(IEnumerable).IsAssignableFrom(type);
    }

    private interface IVisitor
    {
        void Visit(IPipelineImage image);
    }

    /// <summary>What is known of a static type, computed once per type (immutable, so shared safely).</summary>
    private static class Shape<T>
    {
        public static readonly bool MayHoldImages = MayHold(typeof(T), 0);
    }

    private readonly struct ReadOnlyVisitor : IVisitor
    {
        public void Visit(IPipelineImage image) => image.MakeReadOnly();
    }

    private sealed class ByteCounter : IVisitor
    {
        public long Total { get; private set; }

        public void Visit(IPipelineImage image) => Total += image.Bytes;
    }
}
