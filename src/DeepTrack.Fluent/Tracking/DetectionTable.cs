using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace DeepTrack.Fluent.Tracking;

/// <summary>
/// The detections of a movie, frame by frame, with the units of their columns: what a detector produces and
/// what <see cref="TrajectoryLinker"/> links into tracks.
/// </summary>
/// <remarks>
/// Rows are ordered by frame; within a frame they keep the order they were given in. Every detection carries
/// the same set of property columns, listed in <see cref="PropertyNames"/> in ordinal order. The columns are
/// the ones trackpy users know: <c>frame</c>, <c>x</c> (column), <c>y</c> (row), then the properties.
/// </remarks>
public sealed class DetectionTable : IReadOnlyList<Detection>
{
    /// <summary>The unit of positions when none is given: pixels.</summary>
    public const string Pixels = "px";

    private static readonly string[] ReservedNames = ["frame", "particle", "x", "y"];
    private readonly Detection[] rows;
    private readonly int[] frames;
    private readonly int[] frameStarts;

    /// <summary>Creates a table.</summary>
    /// <param name="detections">The detections, in any frame order.</param>
    /// <param name="positionUnit">The unit of <see cref="Detection.X"/> and <see cref="Detection.Y"/>, e.g. <c>px</c> or <c>µm</c>.</param>
    /// <param name="propertyUnits">The unit of each property column (e.g. <c>mass</c> → <c>counts</c>); a property
    /// without an entry is dimensionless (empty unit). For an empty table, its keys are the property columns.</param>
    public DetectionTable(IEnumerable<Detection> detections, string positionUnit = Pixels, IReadOnlyDictionary<string, string>? propertyUnits = null)
    {
        ArgumentNullException.ThrowIfNull(detections);
        ArgumentException.ThrowIfNullOrWhiteSpace(positionUnit);
        rows = [.. detections.Select((d, i) => d ?? throw new ArgumentException($"Detection {i} is null.", nameof(detections))).OrderBy(d => d.Frame)];
        PositionUnit = positionUnit;
        PropertyNames = rows.Length > 0 ? [.. rows[0].Properties.Keys.Order(StringComparer.Ordinal)]
            : propertyUnits is not null ? [.. propertyUnits.Keys.Order(StringComparer.Ordinal)] : [];
        foreach (var row in rows)
        {
            if (row.Properties.Count != PropertyNames.Count || !PropertyNames.All(row.Properties.ContainsKey))
            {
                throw new ArgumentException(
                    $"Every detection must carry the same properties. The first has [{string.Join(", ", PropertyNames)}]; the one at {row} has [{string.Join(", ", row.Properties.Keys.Order(StringComparer.Ordinal))}].",
                    nameof(detections));
            }
        }

        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in PropertyNames)
        {
            units[name] = propertyUnits is not null && propertyUnits.TryGetValue(name, out string? unit) ? unit ?? "" : "";
        }

        if (propertyUnits is not null)
        {
            foreach (string name in propertyUnits.Keys)
            {
                if (!units.ContainsKey(name))
                {
                    throw new ArgumentException($"A unit is given for '{name}', but no detection has that property (properties: [{string.Join(", ", PropertyNames)}]).", nameof(propertyUnits));
                }
            }
        }

        PropertyUnits = units;
        (frames, frameStarts) = IndexFrames(rows);
    }

    /// <summary>The unit of positions (<c>px</c> unless stated otherwise).</summary>
    public string PositionUnit { get; }

    /// <summary>The names of the property columns, in ordinal order.</summary>
    public IReadOnlyList<string> PropertyNames { get; }

    /// <summary>The unit of each property column (empty for dimensionless values).</summary>
    public IReadOnlyDictionary<string, string> PropertyUnits { get; }

    /// <summary>The frame numbers that have at least one detection, ascending.</summary>
    public IReadOnlyList<int> Frames => frames;

    /// <inheritdoc />
    public int Count => rows.Length;

    /// <inheritdoc />
    public Detection this[int index] => rows[index];

    /// <summary>A table of detections at pixel positions, one list per frame (frame <c>f</c> is list <c>f</c>).</summary>
    /// <param name="positionsByFrame">The positions of each frame.</param>
    /// <returns>The table, in pixels.</returns>
    public static DetectionTable FromPositions(IEnumerable<IEnumerable<PixelPosition>> positionsByFrame)
    {
        ArgumentNullException.ThrowIfNull(positionsByFrame);
        return new(positionsByFrame.SelectMany((positions, frame) => positions.Select(p => Detection.At(frame, p))));
    }

    /// <summary>The detections of one frame, in table order (empty when the frame has none).</summary>
    /// <param name="frame">The frame number.</param>
    /// <returns>The detections.</returns>
    public ReadOnlySpan<Detection> InFrame(int frame)
    {
        int index = Array.BinarySearch(frames, frame);
        return index < 0 ? [] : rows.AsSpan(frameStarts[index], frameStarts[index + 1] - frameStarts[index]);
    }

    /// <summary>The row index of the first detection of a frame that has detections.</summary>
    /// <param name="frameIndex">The index into <see cref="Frames"/>.</param>
    /// <returns>The row index.</returns>
    internal int StartOf(int frameIndex) => frameStarts[frameIndex];

    /// <inheritdoc />
    public IEnumerator<Detection> GetEnumerator() => ((IEnumerable<Detection>)rows).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"DetectionTable[{Count} detections in {frames.Length} frames; positions in {PositionUnit}]";

    internal static void CheckPropertyName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A property name must not be empty.", nameof(name));
        }

        if (ReservedNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' cannot be a property name: frame, particle, x and y are the table's own columns.", nameof(name));
        }
    }

    private static (int[] Frames, int[] Starts) IndexFrames(Detection[] rows)
    {
        var frames = new List<int>();
        var starts = new List<int>();
        for (int i = 0; i < rows.Length; i++)
        {
            if (i == 0 || rows[i].Frame != rows[i - 1].Frame)
            {
                frames.Add(rows[i].Frame);
                starts.Add(i);
            }
        }

        starts.Add(rows.Length);
        return ([.. frames], [.. starts]);
    }
}
