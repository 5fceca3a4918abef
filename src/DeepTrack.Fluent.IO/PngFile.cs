using System;
using System.IO;
using System.Numerics;
using DeepTrack.Fluent.IO.Formats;
using SkiaSharp;

namespace DeepTrack.Fluent.IO;

/// <summary>
/// Reads and writes 8-bit grayscale PNG files through SkiaSharp.
/// </summary>
/// <remarks>
/// PNG is read as 8-bit gray levels: grayscale PNGs of 1, 2 or 4 bits are scaled to 0–255 as viewers show them;
/// a colour PNG whose pixels are all gray (R = G = B, opaque) reads as its gray level; other colour PNGs are read
/// only with <see cref="PngColor.Luminance"/>. 16-bit PNGs are refused: SkiaSharp decodes them through half floats,
/// which would round their values silently (write 16-bit data as TIFF). Writing: <c>Image&lt;byte&gt;</c> exactly;
/// other pixel types through <see cref="WriteScaled{T}"/>, which maps a <see cref="DisplayRange"/> to 0–255.
/// </remarks>
public static class PngFile
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads a PNG as gray levels 0–255.</summary>
    /// <typeparam name="T">The pixel type: byte, or any type that holds 0–255 exactly (ushort, short, int, uint, float, double).</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="color">What to do with a colour PNG.</param>
    /// <returns>The image (2-D).</returns>
    public static Image<T> Read<T>(string path, PngColor color = PngColor.GrayOnly)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        var target = PixelFormat.Of<T>($"Image<{typeof(T).Name}> read from a PNG file");
        var stored = PixelFormat.Find(typeof(byte))!;
        if (!target.HoldsExactly(stored))
        {
            throw new NotSupportedException($"PNG pixels are 8-bit unsigned gray levels, which Image<{typeof(T).Name}> cannot hold exactly; read them as Image<Byte> or a wider type.");
        }

        byte[] gray = Decode(path, color, out int width, out int height);
        var image = new Image<T>(height, width);
        stored.Convert<T>(gray, image.AsWritableSpan());
        return image;
    }

    /// <summary>Writes an 8-bit image as a grayscale PNG, pixel for pixel.</summary>
    /// <typeparam name="T">Must be <see cref="byte"/>: PNG is written with 8-bit gray levels.</typeparam>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="image">The 2-D image.</param>
    public static void Write<T>(string path, Image<T> image)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(image);
        if (typeof(T) != typeof(byte))
        {
            throw new NotSupportedException($"PNG files are written with 8-bit gray levels, so Image<{typeof(T).Name}> cannot be written pixel for pixel: write an Image<Byte>, map the values with PngFile.WriteScaled, or write {typeof(T).Name} pixels exactly as TIFF.");
        }

        RequireFlat(path, image);
        Encode(path, image.Width, image.Height, System.Runtime.InteropServices.MemoryMarshal.AsBytes(image.AsReadOnlySpan()).ToArray());
    }

    /// <summary>Writes any real image as a grayscale PNG for viewing: <paramref name="range"/> (the image's minimum to maximum by default) maps to black–white.</summary>
    /// <typeparam name="T">A real pixel type.</typeparam>
    /// <param name="path">The file (created or replaced).</param>
    /// <param name="image">The 2-D image.</param>
    /// <param name="range">The values drawn black and white; null for the image's finite minimum and maximum.</param>
    public static void WriteScaled<T>(string path, Image<T> image, DisplayRange? range = null)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(image);
        RequireFlat(path, image);
        var display = range ?? DisplayRange.Of(image);
        var pixels = image.AsReadOnlySpan();
        var gray = new byte[pixels.Length];
        for (int i = 0; i < pixels.Length; i++)
        {
            gray[i] = display.Gray(double.CreateChecked(pixels[i]));
        }

        Encode(path, image.Width, image.Height, gray);
    }

    private static void RequireFlat<T>(string path, Image<T> image)
        where T : unmanaged, INumberBase<T>
    {
        if (image.Rank != 2)
        {
            throw new ArgumentException($"{path}: a PNG holds one 2-D image; {image} is 3-D (write its planes one by one, or as a TIFF stack).", nameof(image));
        }
    }

    private static void Encode(string path, int width, int height, byte[] gray)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        var target = bitmap.GetPixelSpan();
        for (int row = 0; row < height; row++)
        {
            gray.AsSpan(row * width, width).CopyTo(target.Slice(row * bitmap.RowBytes, width));
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new ImageFileException(path, "SkiaSharp could not encode the image as PNG.");
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    private static byte[] Decode(string path, PngColor color, out int width, out int height)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The image file '{path}' does not exist.", path);
        }

        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new ImageFileException(path, "is not a PNG file (no PNG signature and header).");
        }

        int bitDepth = bytes[24], colorType = bytes[25];
        if (bitDepth == 16)
        {
            throw new ImageFileException(path, "is a 16-bit PNG; SkiaSharp decodes those through half floats, which would round the values, so they are not read. Save 16-bit data as TIFF.");
        }

        using var codec = SKCodec.Create(new MemoryStream(bytes), out var created)
            ?? throw new ImageFileException(path, $"could not be decoded as PNG ({created}).");
        width = codec.Info.Width;
        height = codec.Info.Height;
        bool gray = colorType == 0;
        var info = new SKImageInfo(width, height, gray ? SKColorType.Gray8 : SKColorType.Rgba8888, gray ? SKAlphaType.Opaque : SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            throw new ImageFileException(path, result == SKCodecResult.IncompleteInput
                ? "is truncated: its image data ends before the last row."
                : $"could not be decoded as PNG ({result}).");
        }

        var pixels = bitmap.GetPixelSpan();
        var levels = new byte[width * height];
        for (int row = 0; row < height; row++)
        {
            var line = pixels.Slice(row * bitmap.RowBytes);
            for (int column = 0; column < width; column++)
            {
                levels[(row * width) + column] = gray ? line[column] : Level(path, line.Slice(column * 4, 4), color, row, column);
            }
        }

        return levels;
    }

    private static byte Level(string path, ReadOnlySpan<byte> rgba, PngColor color, int row, int column)
    {
        if (rgba[3] != 255)
        {
            throw new ImageFileException(path, $"has transparent pixels (alpha {rgba[3]} at row {row}, column {column}); only opaque PNGs are read.");
        }

        if (rgba[0] == rgba[1] && rgba[1] == rgba[2])
        {
            return rgba[0];
        }

        return color == PngColor.Luminance
            ? (byte)Math.Round((0.299 * rgba[0]) + (0.587 * rgba[1]) + (0.114 * rgba[2]))
            : throw new ImageFileException(path, $"is a colour image (R, G, B = {rgba[0]}, {rgba[1]}, {rgba[2]} at row {row}, column {column}); read it with PngColor.Luminance to convert it to gray levels.");
    }
}
