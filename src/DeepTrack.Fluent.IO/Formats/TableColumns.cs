using System;
using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent.Tracking;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>
/// The columns of detection and track tables as files hold them: <c>frame</c>, <c>particle</c> (tracks only), <c>x</c>,
/// <c>y</c>, then the properties; and how rows read back become tables.
/// </summary>
internal static class TableColumns
{
    public const string Frame = "frame";
    public const string Particle = "particle";
    public const string X = "x";
    public const string Y = "y";

    /// <summary>The units of the position and property columns (frame and particle are counts without unit).</summary>
    public static Dictionary<string, string> Units(DetectionTable table)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal) { [X] = table.PositionUnit, [Y] = table.PositionUnit };
        foreach (string name in table.PropertyNames)
        {
            units[name] = table.PropertyUnits[name];
        }

        return units;
    }

    /// <summary>Builds the table from columns read back; <paramref name="particles"/> is null for a detection table.</summary>
    public static (DetectionTable Detections, int[]? Particles) Build(string path, int[] frames, double[] xs, double[] ys, int[]? particles, IReadOnlyList<(string Name, double[] Values)> properties, IReadOnlyDictionary<string, string> units)
    {
        string positionUnit = units.TryGetValue(X, out string? unit) && !string.IsNullOrWhiteSpace(unit) ? unit : DetectionTable.Pixels;
        if (units.TryGetValue(Y, out string? yUnit) && !string.IsNullOrWhiteSpace(yUnit) && yUnit != positionUnit)
        {
            throw new ImageFileException(path, $"gives x in '{positionUnit}' but y in '{yUnit}'; a table's positions share one unit.");
        }

        var rows = new (Detection Detection, int Particle)[frames.Length];
        for (int i = 0; i < frames.Length; i++)
        {
            var values = properties.Count == 0 ? null : properties.ToDictionary(p => p.Name, p => p.Values[i], StringComparer.Ordinal);
            try
            {
                rows[i] = (new Detection(frames[i], xs[i], ys[i], values), particles?[i] ?? 0);
            }
            catch (ArgumentException e)
            {
                throw new ImageFileException(path, $"row {i + 1}: {e.Message}", e);
            }
        }

        var propertyUnits = properties.ToDictionary(p => p.Name, p => units.TryGetValue(p.Name, out string? u) ? u : "", StringComparer.Ordinal);
        var ordered = rows.OrderBy(r => r.Detection.Frame).ToArray();
        var table = new DetectionTable(ordered.Select(r => r.Detection), positionUnit, propertyUnits);
        return (table, particles is null ? null : [.. ordered.Select(r => r.Particle)]);
    }

    /// <summary>A track table, or an error naming the file when its ids break the table's rules.</summary>
    public static TrackTable Tracks(string path, DetectionTable detections, int[] particles)
    {
        try
        {
            return new TrackTable(detections, particles);
        }
        catch (ArgumentException e)
        {
            throw new ImageFileException(path, e.Message, e);
        }
    }
}
