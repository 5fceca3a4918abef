using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>One array of every sample, as stored.</summary>
/// <param name="Name">The field's name.</param>
/// <param name="DType">The NumPy type, e.g. <c>&lt;f8</c>.</param>
/// <param name="Shape">The shape of one sample's array (files add a first axis over samples).</param>
public sealed record ManifestArray(
    [property: JsonPropertyName("name"), JsonPropertyOrder(0)] string Name,
    [property: JsonPropertyName("dtype"), JsonPropertyOrder(1)] string DType,
    [property: JsonPropertyName("shape"), JsonPropertyOrder(2)] IReadOnlyList<long> Shape);
