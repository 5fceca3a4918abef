using System;
using Xunit;
using DeepTrack.Fluent.Analysis;

namespace DeepTrack.Fluent.Tests.Analysis;

/// <summary>
/// The vectorised <see cref="RadialCenter"/> returns the same bits as the scalar algorithm it replaced
/// (<see cref="ScalarRadialCenter"/>) on many seeded random images: every size from 3 to 70 (vector bodies and
/// scalar tails of every length), spots with noise, pure noise, small integers (0/0 and infinite slopes, midpoints on
/// the centroid), flat images and non-finite pixels.
/// </summary>
public class RadialCenterEquivalenceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void VectorisedResultIsBitForBitTheScalarOne(int kind)
    {
        var random = new Random(1000 + kind);
        int compared = 0, finite = 0;
        for (int trial = 0; trial < 400; trial++)
        {
            int height = random.Next(3, 71), width = random.Next(3, 71);
            double[] image = Image(kind, height, width, random);

            SubpixelLocation expected = ScalarRadialCenter.Locate(image, height, width);
            SubpixelLocation actual = RadialCenter.Locate(image, height, width);

            Assert.True(
                BitConverter.DoubleToInt64Bits(expected.X) == BitConverter.DoubleToInt64Bits(actual.X)
                && BitConverter.DoubleToInt64Bits(expected.Y) == BitConverter.DoubleToInt64Bits(actual.Y),
                $"kind {kind}, trial {trial}, {height}×{width}: expected ({expected.X:R}, {expected.Y:R}), got ({actual.X:R}, {actual.Y:R})");
            compared++;
            finite += double.IsFinite(expected.X) ? 1 : 0;
        }

        // The comparison exercised real centres (flat and non-finite images have none).
        Assert.Equal(400, compared);
        Assert.InRange(finite, kind == 4 ? 0 : 300, kind == 4 ? 0 : 400);
    }

    [Fact]
    public void NinetyNineByNinetyNineSpotsWithNoiseAgreeBitForBit()
    {
        var random = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            double[] image = TestImages.Gaussian(99, 99, 30 + 40 * random.NextDouble(), 30 + 40 * random.NextDouble(), 1 + 6 * random.NextDouble());
            TestImages.AddGaussianNoise(image, 0.1 * random.NextDouble(), trial);

            Assert.Equal(ScalarRadialCenter.Locate(image, 99, 99), RadialCenter.Locate(image, 99, 99));
        }
    }

    private static double[] Image(int kind, int height, int width, Random random)
    {
        var image = new double[height * width];
        switch (kind)
        {
            case 0:
                // A spot anywhere with noise.
                image = TestImages.Gaussian(height, width, width * random.NextDouble(), height * random.NextDouble(), 0.5 + 5 * random.NextDouble(), 1 + 100 * random.NextDouble(), 10 * random.NextDouble());
                TestImages.AddGaussianNoise(image, 0.2 * random.NextDouble(), random.Next());
                break;
            case 1:
                // Pure noise of any scale.
                double scale = Math.Pow(10, random.Next(-6, 7));
                for (int i = 0; i < image.Length; i++)
                {
                    image[i] = scale * (random.NextDouble() - 0.5);
                }

                break;
            case 2:
                // Small integers: many equal diagonals (0/0 and infinite slopes).
                for (int i = 0; i < image.Length; i++)
                {
                    image[i] = random.Next(0, 3);
                }

                break;
            case 3:
                // A symmetric integer spot with its centre on a pixel or a midpoint (midpoints on the centroid).
                double cx = (width - 1) / 2.0, cy = (height - 1) / 2.0;
                for (int r = 0; r < height; r++)
                {
                    for (int c = 0; c < width; c++)
                    {
                        image[r * width + c] = Math.Max(0, 20 - (int)((r - cy) * (r - cy) + (c - cx) * (c - cx)));
                    }
                }

                break;
            default:
                // Flat images, and spots with a non-finite pixel.
                if (random.Next(2) == 0)
                {
                    Array.Fill(image, random.NextDouble());
                }
                else
                {
                    image = TestImages.Gaussian(height, width, width / 2.0, height / 2.0, 2);
                    image[random.Next(image.Length)] = random.Next(3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => double.NegativeInfinity };
                }

                break;
        }

        return image;
    }
}
