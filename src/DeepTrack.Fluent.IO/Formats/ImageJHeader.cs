using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DeepTrack.Fluent.IO.Formats;

/// <summary>
/// ImageJ's ImageDescription header: lines of <c>key=value</c> starting with <c>ImageJ=</c> (images, channels,
/// slices, frames, unit, spacing, finterval, tunit, …). Hyperstack pages are in channel, slice, frame order
/// (XYCZT); the pixel size is 1 / XResolution in <c>unit</c>.
/// </summary>
internal static partial class ImageJHeader
{
    public static bool IsImageJ(string? description) => description is not null && description.StartsWith("ImageJ=", StringComparison.Ordinal);

    public static Dictionary<string, string> Parse(string description)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in description.Split('\n'))
        {
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[line[..equals].Trim()] = Unescape(line[(equals + 1)..].Trim().TrimEnd('\0'));
            }
        }

        return values;
    }

    /// <summary>The metadata an ImageJ header describes, given the file's resolution tags (pixels per unit).</summary>
    public static ImageMetadata ToMetadata(string path, Dictionary<string, string> header, double? xResolution, double? yResolution, int pages)
    {
        int images = Integer(path, header, "images") ?? pages;
        int channels = Integer(path, header, "channels") ?? 1, slices = Integer(path, header, "slices") ?? 1, frames = Integer(path, header, "frames") ?? 1;
        if (!header.ContainsKey("channels") && !header.ContainsKey("slices") && !header.ContainsKey("frames"))
        {
            // A plain ImageJ stack is a series of slices.
            slices = images;
        }

        if (checked(channels * slices * frames) != images)
        {
            throw new ImageFileException(path, $"its ImageJ header is inconsistent: channels ({channels}) × slices ({slices}) × frames ({frames}) ≠ images ({images}).");
        }

        double? metersPerUnit = header.TryGetValue("unit", out string? unit) ? PhysicalUnits.MetersPer(unit) : null;
        double? secondsPerUnit = header.TryGetValue("tunit", out string? timeUnit) ? PhysicalUnits.SecondsPer(timeUnit) : 1;
        double? spacing = Number(path, header, "spacing"), interval = Number(path, header, "finterval");
        return new ImageMetadata
        {
            Channels = channels,
            Slices = slices,
            Frames = frames,
            Order = DimensionOrder.XYCZT,
            PixelWidth = metersPerUnit is double m && xResolution is double xr && xr > 0 ? Length.FromMeters(m / xr) : null,
            PixelHeight = metersPerUnit is double n && yResolution is double yr && yr > 0 ? Length.FromMeters(n / yr) : null,
            SliceSpacing = metersPerUnit is double s && spacing is double z ? Length.FromMeters(s * z) : null,
            FrameInterval = secondsPerUnit is double t && interval is double f ? f * t : null,
        };
    }

    /// <summary>The header ImageJ writes for these pages (the pixel size goes into the resolution tags, in µm).</summary>
    public static string Format(ImageMetadata metadata, int pages)
    {
        var text = new StringBuilder();
        void Line(string key, object value) => text.Append(CultureInfo.InvariantCulture, $"{key}={value}\n");
        Line("ImageJ", "1.54f");
        if (pages > 1)
        {
            Line("images", pages);
        }

        int dimensions = 0;
        foreach (var (key, count) in new[] { ("channels", metadata.Channels), ("slices", metadata.Slices), ("frames", metadata.Frames) })
        {
            if (count > 1)
            {
                Line(key, count);
                dimensions++;
            }
        }

        if (dimensions > 1 || metadata.Frames > 1 || metadata.Channels > 1)
        {
            Line("hyperstack", "true");
        }

        if (metadata.PixelWidth is not null || metadata.PixelHeight is not null || metadata.SliceSpacing is not null)
        {
            Line("unit", "micron");
        }

        if (metadata.SliceSpacing is Length spacing)
        {
            Line("spacing", spacing.Micrometers.ToString("R", CultureInfo.InvariantCulture));
        }

        if (metadata.FrameInterval is double interval)
        {
            Line("finterval", interval.ToString("R", CultureInfo.InvariantCulture));
        }

        if (pages > 1)
        {
            Line("loop", "false");
        }

        return text.ToString();
    }

    private static int? Integer(string path, Dictionary<string, string> header, string key)
        => !header.TryGetValue(key, out string? text) ? null
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 1 ? value
            : throw new ImageFileException(path, $"its ImageJ header has {key}={text}, which is not a positive integer.");

    private static double? Number(string path, Dictionary<string, string> header, string key)
        => !header.TryGetValue(key, out string? text) ? null
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value > 0 ? value
            : throw new ImageFileException(path, $"its ImageJ header has {key}={text}, which is not a positive number.");

    /// <summary>ImageJ writes non-ASCII characters of values as \uXXXX (e.g. unit=\u00B5m).</summary>
    private static string Unescape(string value) => UnicodeEscape().Replace(value, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex UnicodeEscape();
}
