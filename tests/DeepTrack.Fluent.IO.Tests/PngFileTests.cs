using System.Numerics;
using SkiaSharp;

namespace DeepTrack.Fluent.IO.Tests;

public class PngFileTests
{
    [Fact]
    public void Eight_bit_images_survive_a_round_trip_and_widen_exactly()
    {
        using var folder = new TempDirectory();
        var image = PixelValues.Image(PixelValues.Extremes<byte>(), 31, 17);
        PngFile.Write(folder.File("a.png"), image);
        PixelValues.Identical(image, PngFile.Read<byte>(folder.File("a.png")));
        Assert.Equal(image.AsReadOnlySpan().ToArray().Select(v => (double)v), PngFile.Read<double>(folder.File("a.png")).AsReadOnlySpan().ToArray());
        Assert.Equal(image.AsReadOnlySpan().ToArray().Select(v => (ushort)v), PngFile.Read<ushort>(folder.File("a.png")).AsReadOnlySpan().ToArray());

        var stack = ImageFile.ReadStack<byte>([folder.File("a.png"), folder.File("a.png")]);
        Assert.Equal(2, stack.Count);
        PixelValues.Identical(image, stack[1]);
    }

    [Fact]
    public void Scaled_writing_maps_the_display_range_to_black_and_white()
    {
        using var folder = new TempDirectory();
        var image = Image<double>.FromArray([-1, 0, 1, 3, double.NaN, 2], 2, 3);
        PngFile.WriteScaled(folder.File("s.png"), image);
        // Finite range −1 … 3: (v + 1) / 4 · 255, NaN black.
        Assert.Equal([0, 64, 128, 255, 0, 191], PngFile.Read<byte>(folder.File("s.png")).AsReadOnlySpan().ToArray());

        PngFile.WriteScaled(folder.File("r.png"), image, new DisplayRange(0, 2));
        Assert.Equal([0, 0, 128, 255, 0, 255], PngFile.Read<byte>(folder.File("r.png")).AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void Colour_pngs_are_read_as_gray_only_when_gray_or_asked_for_luminance()
    {
        using var folder = new TempDirectory();
        string gray = folder.File("gray-rgba.png"), colour = folder.File("colour.png");
        WriteRgba(gray, [(10, 10, 10), (200, 200, 200)]);
        WriteRgba(colour, [(255, 0, 0), (0, 0, 255)]);
        Assert.Equal([10, 200], PngFile.Read<byte>(gray).AsReadOnlySpan().ToArray());

        var error = Assert.Throws<ImageFileException>(() => PngFile.Read<byte>(colour));
        Assert.Contains("is a colour image (R, G, B = 255, 0, 0 at row 0, column 0); read it with PngColor.Luminance", error.Message);
        Assert.StartsWith(colour, error.Message);
        Assert.Equal([76, 29], PngFile.Read<byte>(colour, PngColor.Luminance).AsReadOnlySpan().ToArray()); // 0.299·255, 0.114·255
    }

    [Fact]
    public void Sixteen_bit_truncated_and_malformed_pngs_are_refused_with_the_reason()
    {
        using var folder = new TempDirectory();
        string sixteen = folder.File("g16.png");
        File.WriteAllBytes(sixteen, Png16.Gray(3, 2, [1, 300, 65535, 4097, 12345, 0]));
        Assert.Contains("is a 16-bit PNG", Assert.Throws<ImageFileException>(() => PngFile.Read<ushort>(sixteen)).Message);

        string whole = folder.File("whole.png");
        PngFile.Write(whole, PixelValues.Image(PixelValues.Extremes<byte>(), 64, 64));
        byte[] bytes = File.ReadAllBytes(whole);
        string cut = folder.File("cut.png");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        var truncated = Assert.Throws<ImageFileException>(() => PngFile.Read<byte>(cut));
        Assert.Equal(cut, truncated.FilePath);
        Assert.Contains("truncated", truncated.Reason);

        string text = folder.File("text.png");
        File.WriteAllText(text, "not a png at all, but long enough to have a header");
        Assert.Contains("is not a PNG file", Assert.Throws<ImageFileException>(() => PngFile.Read<byte>(text)).Message);

        Assert.Contains("missing.png", Assert.Throws<FileNotFoundException>(() => PngFile.Read<byte>(folder.File("missing.png"))).Message);
    }

    [Fact]
    public void Unsupported_pixel_types_are_named()
    {
        using var folder = new TempDirectory();
        var write = Assert.Throws<NotSupportedException>(() => PngFile.Write(folder.File("u16.png"), new Image<ushort>(2, 2)));
        Assert.Contains("Image<UInt16> cannot be written pixel for pixel", write.Message);
        PngFile.Write(folder.File("b.png"), new Image<byte>(2, 2));
        Assert.Contains("Image<SByte> cannot hold exactly", Assert.Throws<NotSupportedException>(() => PngFile.Read<sbyte>(folder.File("b.png"))).Message);
        Assert.Throws<NotSupportedException>(() => PngFile.Read<Complex>(folder.File("b.png")));
        Assert.Throws<ArgumentException>(() => PngFile.Write(folder.File("v.png"), new Image<byte>(2, 2, 3)));
        Assert.Contains("extension '.bmp'", Assert.Throws<ImageFileException>(() => ImageFile.ReadStack<byte>(folder.File("x.bmp"))).Message);
    }

    private static void WriteRgba(string path, (byte R, byte G, byte B)[] pixels)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(pixels.Length, 1, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (int i = 0; i < pixels.Length; i++)
        {
            bitmap.SetPixel(i, 0, new SKColor(pixels[i].R, pixels[i].G, pixels[i].B));
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
