using System;
using System.IO;
using DeepTrack.Fluent;
using SkiaSharp;

namespace Figure6;

/// <summary>Writes images as 8-bit grayscale PNGs.</summary>
public static class Png
{
    /// <summary>Writes <paramref name="image"/> with its minimum as black and its maximum as white.</summary>
    /// <param name="image">A 2-D image.</param>
    /// <param name="path">The file to write.</param>
    public static void Write(Image<double> image, string path)
    {
        var pixels = image.AsReadOnlySpan();
        double minimum = double.PositiveInfinity, maximum = double.NegativeInfinity;
        foreach (double value in pixels)
        {
            minimum = Math.Min(minimum, value);
            maximum = Math.Max(maximum, value);
        }

        double scale = maximum > minimum ? 255 / (maximum - minimum) : 0;
        using var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var target = bitmap.GetPixelSpan();
        for (int row = 0; row < image.Height; row++)
        {
            for (int column = 0; column < image.Width; column++)
            {
                target[row * bitmap.RowBytes + column] = (byte)Math.Round((pixels[row * image.Width + column] - minimum) * scale);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }
}
