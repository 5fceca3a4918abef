namespace DeepTrack.Fluent.Tests;

/// <summary>Where things are in an image, for assertions.</summary>
internal static class ImageProbes
{
    /// <summary>The (row, column) of the brightest pixel; the first one in row-major order on a tie.</summary>
    /// <param name="image">The image.</param>
    /// <returns>The pixel.</returns>
    public static PixelPosition Brightest(Image<double> image)
    {
        var pixels = image.AsReadOnlySpan();
        int index = 0;
        for (int i = 1; i < pixels.Length; i++)
        {
            if (pixels[i] > pixels[index])
            {
                index = i;
            }
        }

        return new PixelPosition(index / image.Width, index % image.Width);
    }
}
