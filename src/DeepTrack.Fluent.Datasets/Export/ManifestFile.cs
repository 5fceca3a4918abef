using System.Text.Json.Serialization;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>One file of an export.</summary>
/// <param name="Name">The file's name in the export folder.</param>
/// <param name="First">The first sample index it holds.</param>
/// <param name="Count">How many consecutive samples it holds.</param>
/// <param name="Sha256">The SHA-256 of its bytes in lower-case hex; null in the plan, before the file exists.</param>
public sealed record ManifestFile(
    [property: JsonPropertyName("name"), JsonPropertyOrder(0)] string Name,
    [property: JsonPropertyName("first"), JsonPropertyOrder(1)] long First,
    [property: JsonPropertyName("count"), JsonPropertyOrder(2)] long Count,
    [property: JsonPropertyName("sha256"), JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sha256 = null);
