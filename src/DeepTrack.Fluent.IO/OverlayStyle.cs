namespace DeepTrack.Fluent.IO;

/// <summary>How <see cref="Overlay"/> and <see cref="ContactSheet"/> draw detections and tracks over frames.</summary>
public sealed record OverlayStyle
{
    /// <summary>The defaults.</summary>
    public static OverlayStyle Default { get; } = new();

    /// <summary>Each image pixel is drawn as Zoom × Zoom picture pixels (≥ 1), so that small frames can be inspected.</summary>
    public int Zoom { get; init; } = 1;

    /// <summary>The radius of the circle around each detection, in image pixels.</summary>
    public double MarkerRadius { get; init; } = 3;

    /// <summary>The width of circles and track lines, in picture pixels.</summary>
    public float LineWidth { get; init; } = 1;

    /// <summary>How many earlier frames of each track are drawn as a trail (0 for none).</summary>
    public int TrailLength { get; init; } = 10;

    /// <summary>The colour of detections that belong to no track, as 0xRRGGBB.</summary>
    public uint DetectionColor { get; init; } = 0xFFD700;

    /// <summary>The gap between the tiles of a contact sheet, in picture pixels.</summary>
    public int TileGap { get; init; } = 2;

    /// <summary>The colour of a track: a hue per id spread by the golden angle, fully saturated; the same id always gets the same colour.</summary>
    /// <param name="particle">The track id.</param>
    /// <returns>The colour as 0xRRGGBB.</returns>
    public static uint TrackColor(int particle)
    {
        double hue = particle * 137.50776405003785 % 360;
        double x = 1 - System.Math.Abs((hue / 60 % 2) - 1);
        (double r, double g, double b) = (int)(hue / 60) switch
        {
            0 => (1.0, x, 0.0),
            1 => (x, 1.0, 0.0),
            2 => (0.0, 1.0, x),
            3 => (0.0, x, 1.0),
            4 => (x, 0.0, 1.0),
            _ => (1.0, 0.0, x),
        };
        return ((uint)System.Math.Round(r * 255) << 16) | ((uint)System.Math.Round(g * 255) << 8) | (uint)System.Math.Round(b * 255);
    }
}
