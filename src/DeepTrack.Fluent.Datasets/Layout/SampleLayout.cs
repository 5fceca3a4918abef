using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text.RegularExpressions;

namespace DeepTrack.Fluent.Datasets.Layout;

/// <summary>Starting points for <see cref="SampleLayout{TSample}"/>.</summary>
public static partial class SampleLayout
{
    /// <summary>Names the files use for themselves: the sample indices and the ground truth.</summary>
    public static IReadOnlyList<string> ReservedNames { get; } = ["index", "truth"];

    /// <summary>The layout of a pipeline that makes one image per sample: one array, <c>image</c>.</summary>
    /// <typeparam name="T">The pixel type.</typeparam>
    /// <param name="asFloat32">Store 64-bit pixels as 32-bit floats.</param>
    /// <returns>The layout.</returns>
    public static SampleLayout<Image<T>> Image<T>(bool asFloat32 = false)
        where T : unmanaged, INumberBase<T>
        => For<Image<T>>().Image("image", static image => image, asFloat32);

    /// <summary>An empty layout to add fields to, e.g. for a pipeline that makes (image, mask) pairs.</summary>
    /// <typeparam name="TSample">The pipeline's output type.</typeparam>
    /// <returns>The layout without fields.</returns>
    public static SampleLayout<TSample> For<TSample>() => new([], null);

    internal static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!FieldName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a field name: use letters, digits and underscores, starting with a letter.", nameof(name));
        }

        if (ReservedNames.Contains(name))
        {
            throw new ArgumentException($"'{name}' is used by every dataset file for itself; choose another field name.", nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex FieldName();
}
