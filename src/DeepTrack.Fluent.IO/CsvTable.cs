using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeepTrack.Fluent.IO.Formats;
using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// Detection and track tables as plain CSV files that pandas and spreadsheets open: a header <c>frame,particle,x,y,…</c>
/// (trackpy's column names; <c>particle</c> only for tracks), then one row per detection, numbers in the invariant
/// culture (<c>.</c> as decimal separator, shortest round-trip form, <c>NaN</c>, <c>Infinity</c>).
/// </summary>
/// <remarks>
/// The file is plain CSV — the header row, then the numbers — so <c>pandas.read_csv(path)</c> and spreadsheets read it
/// as it is, and the header keeps trackpy's bare column names. The units are stated next to it, in a JSON file
/// named by <see cref="UnitsPath"/> (<c>tracks.csv</c> → <c>tracks.units.json</c>): <c>{"table": "tracks.csv",
/// "units": {"x": "px", "y": "px", "mass": "counts"}}</c>. Column names must not contain commas, quotes or line
/// breaks (the file has no quoting). The reader takes the units from that file when it is there; it also takes
/// files written by pandas (an unnamed first column, the index, is skipped), skips leading <c>#</c> comment lines
/// (reading the units from a <c># units: x=px, y=px</c> line if there is one and no units file), and reads positions
/// in pixels when nothing states a unit. The format is numbers only, so it is written and parsed here rather than
/// with a CSV library.
/// </remarks>
public static class CsvTable
{
    private const string UnitsPrefix = "# units:";

    /// <summary>The units file that goes with a CSV table: the same folder and name, extension <c>.units.json</c>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>E.g. <c>run/tracks.units.json</c> for <c>run/tracks.csv</c>.</returns>
    public static string UnitsPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.ChangeExtension(path, ".units.json");
    }

    /// <summary>Writes detections, and their units to <see cref="UnitsPath"/>.</summary>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="detections">The table.</param>
    public static void Write(string path, DetectionTable detections)
    {
        ArgumentNullException.ThrowIfNull(detections);
        Write(path, detections, null);
    }

    /// <summary>Writes tracks (with the <c>particle</c> column), and their units to <see cref="UnitsPath"/>.</summary>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="tracks">The table.</param>
    public static void Write(string path, TrackTable tracks)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        Write(path, tracks.Detections, tracks.Particles);
    }

    /// <summary>Reads detections; a <c>particle</c> column, if any, is ignored.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    public static DetectionTable ReadDetections(string path) => Read(path, tracks: false).Detections;

    /// <summary>Reads tracks: the file must have a <c>particle</c> column.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    public static TrackTable ReadTracks(string path)
    {
        var (detections, particles) = Read(path, tracks: true);
        return TableColumns.Tracks(path, detections, particles!);
    }

    private static void Write(string path, DetectionTable table, IReadOnlyList<int>? particles)
    {
        ArgumentNullException.ThrowIfNull(path);
        var units = TableColumns.Units(table);
        foreach (string name in units.Keys)
        {
            Plain(path, name);
        }

        var text = new StringBuilder();
        var header = new List<string> { TableColumns.Frame };
        if (particles is not null)
        {
            header.Add(TableColumns.Particle);
        }

        header.AddRange([TableColumns.X, TableColumns.Y, .. table.PropertyNames]);
        text.AppendJoin(',', header).Append('\n');
        for (int i = 0; i < table.Count; i++)
        {
            var detection = table[i];
            text.Append(detection.Frame.ToString(CultureInfo.InvariantCulture));
            if (particles is not null)
            {
                text.Append(',').Append(particles[i].ToString(CultureInfo.InvariantCulture));
            }

            text.Append(',').Append(Number(detection.X)).Append(',').Append(Number(detection.Y));
            foreach (string name in table.PropertyNames)
            {
                text.Append(',').Append(Number(detection.Properties[name]));
            }

            text.Append('\n');
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(path, text.ToString(), encoding);
        var sidecar = new JsonObject
        {
            ["table"] = Path.GetFileName(path),
            ["units"] = new JsonObject([.. units.Select(u => KeyValuePair.Create(u.Key, (JsonNode?)u.Value))]),
        };
        File.WriteAllText(UnitsPath(path), sidecar.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", encoding);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Plain(string path, string name)
    {
        if (name.IndexOfAny([',', '"', '\n', '\r']) >= 0)
        {
            throw new ArgumentException($"{path}: the column name '{name}' contains a comma, quote or line break, which this CSV format cannot hold; rename it (or write Parquet).", nameof(name));
        }
    }

    /// <summary>The units from the units file next to the table, or null when there is none.</summary>
    private static Dictionary<string, string>? ReadUnits(string path)
    {
        string sidecar = UnitsPath(path);
        if (!File.Exists(sidecar))
        {
            return null;
        }

        try
        {
            var units = (JsonNode.Parse(File.ReadAllText(sidecar, Encoding.UTF8)) as JsonObject)?["units"] as JsonObject
                ?? throw new ImageFileException(sidecar, "has no \"units\" object (it should be {\"units\": {\"x\": \"px\", …}}).");
            return units.ToDictionary(
                u => u.Key,
                u => u.Value is JsonValue value && value.TryGetValue(out string? unit) ? unit : throw new ImageFileException(sidecar, $"the unit of '{u.Key}' is not a string."),
                StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new ImageFileException(sidecar, $"is not valid JSON ({e.Message}).", e);
        }
    }

    private static (DetectionTable Detections, int[]? Particles) Read(string path, bool tracks)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The table file '{path}' does not exist.", path);
        }

        string[] lines = File.ReadAllLines(path, Encoding.UTF8);
        var sidecar = ReadUnits(path);
        var units = sidecar ?? new Dictionary<string, string>(StringComparer.Ordinal);
        int index = 0;
        for (; index < lines.Length && lines[index].StartsWith('#'); index++)
        {
            if (sidecar is null && lines[index].StartsWith(UnitsPrefix, StringComparison.Ordinal))
            {
                foreach (string entry in lines[index][UnitsPrefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    int equals = entry.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        throw new ImageFileException(path, $"line {index + 1}: the units entry '{entry}' is not name=unit.");
                    }

                    units[entry[..equals].Trim()] = entry[(equals + 1)..].Trim();
                }
            }
        }

        if (index == lines.Length)
        {
            throw new ImageFileException(path, "has no header line (frame,x,y,…).");
        }

        string[] header = Fields(path, lines[index], index);
        int Column(string name, bool required)
        {
            int found = Array.IndexOf(header, name);
            return found >= 0 || !required ? found
                : throw new ImageFileException(path, $"has no '{name}' column; its header is '{lines[index]}' and a {(tracks ? "track" : "detection")} table needs frame, {(tracks ? "particle, " : "")}x and y.");
        }

        int frameColumn = Column(TableColumns.Frame, true), xColumn = Column(TableColumns.X, true), yColumn = Column(TableColumns.Y, true);
        int particleColumn = Column(TableColumns.Particle, tracks);
        var propertyColumns = Enumerable.Range(0, header.Length)
            .Where(c => c != frameColumn && c != xColumn && c != yColumn && c != particleColumn && !(c == 0 && header[0].Length == 0))
            .ToArray();
        var dataLines = Enumerable.Range(index + 1, lines.Length - index - 1).Where(l => lines[l].Length > 0).ToArray();
        var frames = new int[dataLines.Length];
        var particles = tracks ? new int[dataLines.Length] : null;
        var xs = new double[dataLines.Length];
        var ys = new double[dataLines.Length];
        var properties = propertyColumns.Select(c => (Name: header[c], Values: new double[dataLines.Length])).ToArray();
        for (int row = 0; row < dataLines.Length; row++)
        {
            int line = dataLines[row];
            string[] fields = Fields(path, lines[line], line);
            if (fields.Length != header.Length)
            {
                throw new ImageFileException(path, $"line {line + 1} has {fields.Length} fields but the header has {header.Length}.");
            }

            frames[row] = Integer(path, fields[frameColumn], line, TableColumns.Frame);
            if (particles is not null)
            {
                particles[row] = Integer(path, fields[particleColumn], line, TableColumns.Particle);
            }

            xs[row] = Real(path, fields[xColumn], line, TableColumns.X);
            ys[row] = Real(path, fields[yColumn], line, TableColumns.Y);
            for (int p = 0; p < propertyColumns.Length; p++)
            {
                properties[p].Values[row] = fields[propertyColumns[p]].Length == 0 ? double.NaN : Real(path, fields[propertyColumns[p]], line, header[propertyColumns[p]]);
            }
        }

        return TableColumns.Build(path, frames, xs, ys, particles, properties, units);
    }

    private static string[] Fields(string path, string line, int index)
        => line.Contains('"', StringComparison.Ordinal)
            ? throw new ImageFileException(path, $"line {index + 1} has quoted fields, which this reader does not take (the tables hold numbers only).")
            : line.Split(',', StringSplitOptions.TrimEntries);

    private static double Real(string path, string text, int line, string column)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value
            : text.Equals("inf", StringComparison.OrdinalIgnoreCase) ? double.PositiveInfinity
            : text.Equals("-inf", StringComparison.OrdinalIgnoreCase) ? double.NegativeInfinity
            : throw new ImageFileException(path, $"line {line + 1}, column '{column}': '{text}' is not a number.");

    private static int Integer(string path, string text, int line, string column)
    {
        double value = Real(path, text, line, column);
        return value == Math.Floor(value) && value >= 0 && value <= int.MaxValue ? (int)value
            : throw new ImageFileException(path, $"line {line + 1}, column '{column}': '{text}' is not a non-negative integer.");
    }
}
