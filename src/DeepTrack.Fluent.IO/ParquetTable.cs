using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DeepTrack.Fluent.IO.Formats;
using DeepTrack.Fluent.Tracking;
using Parquet;
using Parquet.Schema;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// Detection and track tables as Apache Parquet files (Parquet.Net): columns <c>frame</c> (int32), <c>particle</c>
/// (int32, tracks only), <c>x</c>, <c>y</c> and one float64 column per property, so that
/// <c>pandas.read_parquet</c> gives trackpy's table.
/// </summary>
/// <remarks>
/// The units are kept in the file's key-value metadata under <see cref="UnitsKey"/>, as a JSON object from column
/// name to unit. The reader also takes int64 frame and particle columns and float32 or integer property columns, as
/// pandas and pyarrow write them; nulls in a property column read as NaN, in frame, particle, x or y they are an
/// error.
/// </remarks>
public static class ParquetTable
{
    /// <summary>The key of the units in the file's metadata.</summary>
    public const string UnitsKey = "deeptrack.fluent.units";

    /// <summary>Writes detections.</summary>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="detections">The table.</param>
    public static void Write(string path, DetectionTable detections)
    {
        ArgumentNullException.ThrowIfNull(detections);
        WriteAsync(path, detections, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes tracks (with the <c>particle</c> column).</summary>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="tracks">The table.</param>
    public static void Write(string path, TrackTable tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        WriteAsync(path, tracks.Detections, tracks.Particles, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Reads detections; a <c>particle</c> column, if any, is ignored.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    public static DetectionTable ReadDetections(string path) => ReadAsync(path, tracks: false, CancellationToken.None).GetAwaiter().GetResult().Detections;

    /// <summary>Reads tracks: the file must have a <c>particle</c> column.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    public static TrackTable ReadTracks(string path)
    {
        var (detections, particles) = ReadAsync(path, tracks: true, CancellationToken.None).GetAwaiter().GetResult();
        return TableColumns.Tracks(path, detections, particles!);
    }

    private static async Task WriteAsync(string path, DetectionTable table, IReadOnlyList<int>? particles, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(path);
        var frame = new DataField<int>(TableColumns.Frame);
        var particle = new DataField<int>(TableColumns.Particle);
        var x = new DataField<double>(TableColumns.X);
        var y = new DataField<double>(TableColumns.Y);
        var properties = table.PropertyNames.Select(n => new DataField<double>(n)).ToArray();
        var fields = new List<Field> { frame };
        if (particles is not null)
        {
            fields.Add(particle);
        }

        fields.AddRange([x, y, .. properties]);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellation).ConfigureAwait(false);
        writer.CustomMetadata = new Dictionary<string, string> { [UnitsKey] = JsonSerializer.Serialize(TableColumns.Units(table)) };
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<int>(frame, table.Select(d => d.Frame).ToArray(), cancellationToken: cancellation).ConfigureAwait(false);
        if (particles is not null)
        {
            await group.WriteAsync<int>(particle, particles.ToArray(), cancellationToken: cancellation).ConfigureAwait(false);
        }

        await group.WriteAsync<double>(x, table.Select(d => d.X).ToArray(), cancellationToken: cancellation).ConfigureAwait(false);
        await group.WriteAsync<double>(y, table.Select(d => d.Y).ToArray(), cancellationToken: cancellation).ConfigureAwait(false);
        foreach (var field in properties)
        {
            await group.WriteAsync<double>(field, table.Select(d => d.Properties[field.Name]).ToArray(), cancellationToken: cancellation).ConfigureAwait(false);
        }
    }

    private static async Task<(DetectionTable Detections, int[]? Particles)> ReadAsync(string path, bool tracks, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The table file '{path}' does not exist.", path);
        }

        try
        {
            await using var stream = File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellation).ConfigureAwait(false);
            var fields = reader.Schema.GetDataFields();
            DataField? Find(string name, bool required)
                => Array.Find(fields, f => f.Name == name)
                    ?? (required ? throw new ImageFileException(path, $"has no '{name}' column; it has {string.Join(", ", fields.Select(f => f.Name))}.") : null);

            var frameField = Find(TableColumns.Frame, true)!;
            var xField = Find(TableColumns.X, true)!;
            var yField = Find(TableColumns.Y, true)!;
            var particleField = Find(TableColumns.Particle, tracks);
            var propertyFields = fields.Where(f => f != frameField && f != xField && f != yField && f != particleField && !f.Name.StartsWith("__index_level_", StringComparison.Ordinal)).ToArray();
            var frames = new List<double>();
            var particles = new List<double>();
            var xs = new List<double>();
            var ys = new List<double>();
            var properties = propertyFields.Select(_ => new List<double>()).ToArray();
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int rows = checked((int)group.RowCount);
                frames.AddRange(await Column(path, group, frameField, rows, nullable: false, cancellation).ConfigureAwait(false));
                xs.AddRange(await Column(path, group, xField, rows, nullable: false, cancellation).ConfigureAwait(false));
                ys.AddRange(await Column(path, group, yField, rows, nullable: false, cancellation).ConfigureAwait(false));
                if (particleField is not null)
                {
                    particles.AddRange(await Column(path, group, particleField, rows, nullable: false, cancellation).ConfigureAwait(false));
                }

                for (int p = 0; p < propertyFields.Length; p++)
                {
                    properties[p].AddRange(await Column(path, group, propertyFields[p], rows, nullable: true, cancellation).ConfigureAwait(false));
                }
            }

            var units = reader.CustomMetadata is { } metadata && metadata.TryGetValue(UnitsKey, out string? json)
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
                : [];
            return TableColumns.Build(
                path,
                [.. frames.Select(v => Integer(path, v, TableColumns.Frame))],
                [.. xs],
                [.. ys],
                tracks ? [.. particles.Select(v => Integer(path, v, TableColumns.Particle))] : null,
                [.. propertyFields.Select((f, p) => (f.Name, properties[p].ToArray()))],
                units);
        }
        catch (Exception e) when (e is not ImageFileException and not FileNotFoundException)
        {
            throw new ImageFileException(path, $"could not be read as a Parquet table: {e.Message}", e);
        }
    }

    /// <summary>A numeric column as doubles (exact for int32, int64 below 2⁵³, float and double); nulls become NaN where allowed.</summary>
    private static async Task<double[]> Column(string path, ParquetRowGroupReader group, DataField field, int rows, bool nullable, CancellationToken cancellation)
    {
        async Task<double[]> Read<T>(Func<T, double> convert)
            where T : struct
        {
            if (field.IsNullable)
            {
                var values = new T?[rows];
                await group.ReadAsync<T>(field, values, cancellationToken: cancellation).ConfigureAwait(false);
                int missing = Array.FindIndex(values, v => v is null);
                return missing >= 0 && !nullable
                    ? throw new ImageFileException(path, $"row {missing + 1} has no value in column '{field.Name}'.")
                    : [.. values.Select(v => v is T value ? convert(value) : double.NaN)];
            }

            var plain = new T[rows];
            await group.ReadAsync<T>(field, plain, cancellationToken: cancellation).ConfigureAwait(false);
            return [.. plain.Select(convert)];
        }

        return field.ClrType switch
        {
            Type t when t == typeof(double) => await Read<double>(v => v).ConfigureAwait(false),
            Type t when t == typeof(float) => await Read<float>(v => v).ConfigureAwait(false),
            Type t when t == typeof(int) => await Read<int>(v => v).ConfigureAwait(false),
            Type t when t == typeof(long) => await Read<long>(v => v).ConfigureAwait(false),
            Type t when t == typeof(short) => await Read<short>(v => v).ConfigureAwait(false),
            _ => throw new ImageFileException(path, $"column '{field.Name}' holds {field.ClrType.Name} values; table columns must be numbers."),
        };
    }

    private static int Integer(string path, double value, string column)
        => value == Math.Floor(value) && value >= 0 && value <= int.MaxValue ? (int)value
            : throw new ImageFileException(path, $"column '{column}' holds {value}, which is not a non-negative integer.");
}
