using DeepTrack.Fluent.Tracking;
using SkiaSharp;

namespace DeepTrack.Fluent.IO.Tests;

/// <summary>Overlays and contact sheets: frames drawn in gray, detections and tracks in colour at the right pixels.</summary>
public class PictureTests
{
    private static SKBitmap Load(string path) => SKBitmap.Decode(path) ?? throw new InvalidOperationException(path);

    private static uint Rgb(SKColor c) => ((uint)c.Red << 16) | ((uint)c.Green << 8) | c.Blue;

    /// <summary>The distances from (cx, cy) of every picture pixel of a colour.</summary>
    private static List<double> DistancesOf(SKBitmap bitmap, uint color, double cx, double cy)
    {
        var distances = new List<double>();
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                if (Rgb(bitmap.GetPixel(x, y)) == color)
                {
                    distances.Add(Math.Sqrt(Math.Pow(x + 0.5 - cx, 2) + Math.Pow(y + 0.5 - cy, 2)));
                }
            }
        }

        return distances;
    }

    [Fact]
    public void Detections_are_circled_around_their_pixel()
    {
        using var folder = new TempDirectory();
        var frame = new Image<double>(24, 30);
        frame[0, 0] = 1; // the display range is 0 … 1
        var detections = new DetectionTable([new Detection(3, x: 10, y: 6), new Detection(4, x: 20, y: 20)]);
        string path = folder.File("overlay.png");
        Overlay.WritePng(path, frame, detections, frame: 3, new OverlayStyle { Zoom = 2, MarkerRadius = 4 });

        using var picture = Load(path);
        Assert.Equal((60, 48), (picture.Width, picture.Height));
        Assert.Equal(SKColors.White, picture.GetPixel(1, 1));   // image pixel (0, 0), zoomed
        Assert.Equal(SKColors.Black, picture.GetPixel(21, 13)); // the detection's own pixel is not painted over

        // A ring of radius 4 image pixels = 8 picture pixels around the centre of pixel (row 6, column 10) = (21, 13); the
        // frame-4 detection is not drawn.
        var ring = DistancesOf(picture, OverlayStyle.Default.DetectionColor, (10 + 0.5) * 2, (6 + 0.5) * 2);
        Assert.True(ring.Count > 30, $"{ring.Count} ring pixels");
        Assert.All(ring, d => Assert.InRange(d, 8 - 1.5, 8 + 1.5));
    }

    [Fact]
    public void Tracks_are_drawn_in_their_colours_with_trails()
    {
        using var folder = new TempDirectory();
        var tracks = TrackTable.FromRows(
        [
            new(new Detection(0, 5, 5), 0), new(new Detection(1, 15, 5), 0), new(new Detection(2, 25, 5), 0), // moving right
            new(new Detection(0, 5, 30), 1), new(new Detection(2, 5, 20), 1),                                 // upwards, with a gap
        ]);
        string path = folder.File("tracks.png");
        Overlay.WritePng(path, new Image<float>(40, 40), tracks, frame: 2, new OverlayStyle { MarkerRadius = 2 });
        using var picture = Load(path);

        uint first = OverlayStyle.TrackColor(0), second = OverlayStyle.TrackColor(1);
        Assert.NotEqual(first, second);
        Assert.Equal(first, Rgb(picture.GetPixel(10, 5)));  // on the trail 5 → 15
        Assert.Equal(first, Rgb(picture.GetPixel(20, 5)));  // on the trail 15 → 25
        Assert.Equal(second, Rgb(picture.GetPixel(5, 25))); // on the trail 30 → 20 across the gap
        for (int y = 0; y < picture.Height; y++)
        {
            for (int x = 0; x < picture.Width; x++)
            {
                // Outside its circle (radius 2 around (25.5, 5.5)), track 0's colour lies only on its trail along row 5.
                if (Rgb(picture.GetPixel(x, y)) == first && Math.Sqrt(Math.Pow(x + 0.5 - 25.5, 2) + Math.Pow(y + 0.5 - 5.5, 2)) > 3.5)
                {
                    Assert.True(y == 5 && x >= 5 && x <= 25, $"stray pixel of track 0 at ({x}, {y})");
                }
            }
        }

        // With no trail only the circles are drawn.
        Overlay.WritePng(path, new Image<float>(40, 40), tracks, frame: 2, new OverlayStyle { MarkerRadius = 2, TrailLength = 0 });
        using var circles = Load(path);
        Assert.Equal(SKColors.Black, circles.GetPixel(10, 5));
        Assert.All(DistancesOf(circles, first, 25.5, 5.5), d => Assert.InRange(d, 0.5, 3.5));
    }

    [Fact]
    public void A_contact_sheet_tiles_the_frames_row_by_row_on_one_gray_scale()
    {
        using var folder = new TempDirectory();
        // Five 3 × 4 frames of uniform value k: on the shared scale 0 … 4, frame k is gray 255·k/4.
        var frames = Enumerable.Range(0, 5).Select(k => { var f = new Image<double>(3, 4); f.AsWritableSpan().Fill(k); return f; }).ToArray();
        var style = new OverlayStyle { Zoom = 2, TileGap = 3 };
        string path = folder.File("sheet.png");
        ContactSheet.WritePng(path, frames, columns: 3, style);

        using var picture = Load(path);
        Assert.Equal(((3 * 8) + (2 * 3), (2 * 6) + 3), (picture.Width, picture.Height));
        for (int k = 0; k < 5; k++)
        {
            var (left, top) = ContactSheet.TileOrigin(k, 3, 3, 4, style);
            byte gray = (byte)Math.Round(255.0 * k / 4);
            Assert.Equal(new SKColor(gray, gray, gray), picture.GetPixel(left, top));
            Assert.Equal(new SKColor(gray, gray, gray), picture.GetPixel(left + 7, top + 5));
        }

        Assert.Equal((8 + 3, 6 + 3), ContactSheet.TileOrigin(4, 3, 3, 4, style));
        Assert.Equal(SKColors.Black, picture.GetPixel(8, 0));                // the gap after the first tile
        Assert.Equal(SKColors.Black, picture.GetPixel(picture.Width - 1, picture.Height - 1)); // no sixth frame

        // Tracks drawn per tile: the detection of frame 1 is circled in tile 1 only.
        var tracks = new TrackTable(new DetectionTable([new Detection(1, 1, 1)]), [7]);
        ContactSheet.WritePng(path, frames, tracks, columns: 3, style with { MarkerRadius = 1 });
        using var withTracks = Load(path);
        var (tileLeft, tileTop) = ContactSheet.TileOrigin(1, 3, 3, 4, style);
        var painted = DistancesOf(withTracks, OverlayStyle.TrackColor(7), tileLeft + 3, tileTop + 3);
        Assert.NotEmpty(painted);
        Assert.All(painted, d => Assert.InRange(d, 0.5, 3.5));
    }

    [Fact]
    public void Bad_styles_and_frames_are_explained()
    {
        using var folder = new TempDirectory();
        var frame = new Image<double>(4, 4);
        var none = new DetectionTable([]);
        Assert.Contains("Zoom ≥ 1", Assert.Throws<ArgumentException>(() => Overlay.WritePng(folder.File("a.png"), frame, none, 0, new OverlayStyle { Zoom = 0 })).Message);
        Assert.Throws<ArgumentException>(() => ContactSheet.WritePng(folder.File("b.png"), [frame, new Image<double>(5, 4)], 2));
        Assert.Throws<ArgumentException>(() => ContactSheet.WritePng<double>(folder.File("c.png"), [], 2));
        Assert.Throws<ArgumentException>(() => Overlay.WritePng(folder.File("d.png"), new Image<double>(4, 4, 2), none, 0));
    }
}
