using System;
using DeepTrack.Fluent.Analysis;

namespace DeepTrack.Fluent.Tests.Analysis;

internal static class TestImages
{
    public static double[] Gaussian(int height, int width, double x0, double y0, double sigma, double amplitude = 1.0, double background = 0.0)
    {
        var image = new double[height * width];
        double twoSigma2 = 2.0 * sigma * sigma;
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                double dx = c - x0;
                double dy = r - y0;
                image[r * width + c] = background + amplitude * Math.Exp(-(dx * dx + dy * dy) / twoSigma2);
            }
        }

        return image;
    }

    public static void AddGaussianNoise(double[] image, double standardDeviation, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < image.Length; i++)
        {
            double u1 = 1.0 - random.NextDouble();
            double u2 = random.NextDouble();
            image[i] += standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }
    }

    public static double[] Shift(double[] image, int height, int width, int dx, int dy)
    {
        var shifted = new double[image.Length];
        for (int r = 0; r < height; r++)
        {
            int sourceRow = r - dy;
            if (sourceRow < 0 || sourceRow >= height)
            {
                continue;
            }

            for (int c = 0; c < width; c++)
            {
                int sourceCol = c - dx;
                if (sourceCol >= 0 && sourceCol < width)
                {
                    shifted[r * width + c] = image[sourceRow * width + sourceCol];
                }
            }
        }

        return shifted;
    }

    public static double[] FlipLeftRight(double[] image, int height, int width)
    {
        var flipped = new double[image.Length];
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                flipped[r * width + c] = image[r * width + (width - 1 - c)];
            }
        }

        return flipped;
    }

    public static double[] FlipUpDown(double[] image, int height, int width)
    {
        var flipped = new double[image.Length];
        for (int r = 0; r < height; r++)
        {
            Array.Copy(image, (height - 1 - r) * width, flipped, r * width, width);
        }

        return flipped;
    }

    public static double[] Transpose(double[] image, int height, int width)
    {
        var transposed = new double[image.Length];
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                transposed[c * height + r] = image[r * width + c];
            }
        }

        return transposed;
    }
}
