using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>
/// The description of an export (<c>manifest.json</c>): the library, the pipeline (name and printout), the seed, the
/// index range, the arrays, and every file with its index range and SHA-256. The same text without hashes is the plan
/// (<c>plan.json</c>) that every shard writes first.
/// </summary>
public sealed record DatasetManifest
{
    /// <summary>The manifest file's name in an export folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The plan file's name in an export folder.</summary>
    public const string PlanFileName = "plan.json";

    /// <summary>What <see cref="Kind"/> always holds.</summary>
    public const string KindName = "DeepTrack.Fluent dataset";

    private static readonly JsonSerializerOptions Options = new()
    {
        // Readable text ('<f8', 'µm'); still valid JSON, and the same manifest always gives the same bytes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        NewLine = "\n",
        IndentSize = 2,
    };

    /// <summary>Always <see cref="KindName"/>.</summary>
    [JsonPropertyName("kind"), JsonPropertyOrder(0)]
    public string Kind { get; init; } = KindName;

    /// <summary>The version of this manifest's layout (1).</summary>
    [JsonPropertyName("version"), JsonPropertyOrder(1)]
    public int Version { get; init; } = 1;

    /// <summary>The library that made the files, e.g. <c>DeepTrack.Fluent 0.1.0+commit</c>.</summary>
    [JsonPropertyName("library"), JsonPropertyOrder(2)]
    public required string Library { get; init; }

    /// <summary>The dataset's (pipeline's) name.</summary>
    [JsonPropertyName("pipeline"), JsonPropertyOrder(3)]
    public required string Pipeline { get; init; }

    /// <summary>The pipeline's printout, one line per feature (see <see cref="PipelineDescription"/>).</summary>
    [JsonPropertyName("description"), JsonPropertyOrder(4)]
    public required IReadOnlyList<string> Description { get; init; }

    /// <summary>The pipeline's seed.</summary>
    [JsonPropertyName("seed"), JsonPropertyOrder(5)]
    public required ulong Seed { get; init; }

    /// <summary>The first sample index.</summary>
    [JsonPropertyName("first"), JsonPropertyOrder(6)]
    public required long First { get; init; }

    /// <summary>The number of samples.</summary>
    [JsonPropertyName("count"), JsonPropertyOrder(7)]
    public required long Count { get; init; }

    /// <summary>Samples per file block (the last block may hold fewer).</summary>
    [JsonPropertyName("samplesPerFile"), JsonPropertyOrder(8)]
    public required int SamplesPerFile { get; init; }

    /// <summary>The file format: <c>npz</c>, <c>npy</c>, <c>hdf5</c> or <c>tar</c>.</summary>
    [JsonPropertyName("format"), JsonPropertyOrder(9)]
    public required string Format { get; init; }

    /// <summary>The arrays of each sample, besides <c>index</c> and <c>truth</c>.</summary>
    [JsonPropertyName("arrays"), JsonPropertyOrder(10)]
    public required IReadOnlyList<ManifestArray> Arrays { get; init; }

    /// <summary>Every file, in index order.</summary>
    [JsonPropertyName("files"), JsonPropertyOrder(11)]
    public required IReadOnlyList<ManifestFile> Files { get; init; }

    /// <summary>The manifest as UTF-8 JSON (indented, '\n' line ends, a final newline): the same manifest always gives the same bytes.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToJson()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(this, Options);
        return [.. bytes, (byte)'\n'];
    }

    /// <summary>Reads a manifest or a plan.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="InvalidDataException">When the file is not a manifest of this kind.</exception>
    public static DatasetManifest Read(string path)
    {
        DatasetManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<DatasetManifest>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a dataset manifest: {e.Message}", e);
        }

        return manifest is { Kind: KindName }
            ? manifest
            : throw new InvalidDataException($"{path} is not a {KindName} manifest.");
    }
}
