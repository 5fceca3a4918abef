using System;
using System.Collections.Generic;
using System.Collections.Frozen;
using System.Globalization;

namespace DeepTrack.Fluent.Tracking;

/// <summary>
/// One object found in one frame: its frame number, its position and any further measured properties
/// (brightness, radius, a detector's score…).
/// </summary>
/// <remarks>
/// Positions follow trackpy's naming: <see cref="X"/> is the horizontal coordinate (the image column) and
/// <see cref="Y"/> the vertical one (the image row, downwards), so <c>X = PixelPosition.Column</c> and
/// <c>Y = PixelPosition.Row</c>. Their unit is the <see cref="DetectionTable.PositionUnit"/> of the table
/// that holds the detection (pixels unless stated otherwise).
/// </remarks>
public sealed class Detection
{
    private static readonly FrozenDictionary<string, double> NoProperties = FrozenDictionary<string, double>.Empty;

    /// <summary>Creates a detection.</summary>
    /// <param name="frame">The frame number (≥ 0).</param>
    /// <param name="x">The horizontal position (column); finite.</param>
    /// <param name="y">The vertical position (row); finite.</param>
    /// <param name="properties">Further measured values by name, e.g. <c>mass</c>; none of them may be named
    /// <c>frame</c>, <c>particle</c>, <c>x</c> or <c>y</c>.</param>
    public Detection(int frame, double x, double y, IReadOnlyDictionary<string, double>? properties = null)
    {
        if (frame < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(frame), frame, "A frame number must be ≥ 0.");
        }

        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A detection's position must be finite; got x = {x}, y = {y} in frame {frame}."), double.IsFinite(x) ? nameof(y) : nameof(x));
        }

        Frame = frame;
        X = x;
        Y = y;
        if (properties is null || properties.Count == 0)
        {
            Properties = NoProperties;
            return;
        }

        foreach (string name in properties.Keys)
        {
            DetectionTable.CheckPropertyName(name);
        }

        Properties = properties.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The frame number.</summary>
    public int Frame { get; }

    /// <summary>The horizontal position (image column).</summary>
    public double X { get; }

    /// <summary>The vertical position (image row, downwards).</summary>
    public double Y { get; }

    /// <summary>Further measured values by name.</summary>
    public IReadOnlyDictionary<string, double> Properties { get; }

    /// <summary>The value of a property.</summary>
    /// <param name="property">The property's name.</param>
    /// <returns>Its value.</returns>
    public double this[string property]
        => Properties.TryGetValue(property, out double value)
            ? value
            : throw new KeyNotFoundException($"The detection in frame {Frame} has no property '{property}'; it has: {(Properties.Count == 0 ? "none" : string.Join(", ", Properties.Keys))}.");

    /// <summary>A detection at a <see cref="PixelPosition"/> (x = column, y = row).</summary>
    /// <param name="frame">The frame number.</param>
    /// <param name="position">The position in pixels.</param>
    /// <param name="properties">Further measured values.</param>
    /// <returns>The detection.</returns>
    public static Detection At(int frame, PixelPosition position, IReadOnlyDictionary<string, double>? properties = null)
        => new(frame, position.Column, position.Row, properties);

    /// <summary>The position as a <see cref="PixelPosition"/> (row = y, column = x).</summary>
    /// <returns>The position.</returns>
    public PixelPosition ToPixelPosition() => new(Y, X);

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"frame {Frame}: x = {X:G6}, y = {Y:G6}");
}
