using System;
using Xunit;
using DeepTrack.Fluent.Analysis;

namespace DeepTrack.Fluent.Tests.Analysis;

public class CentroidTests
{
    private const int Size = 51;

    public static TheoryData<double, double, double> Spots => new()
    {
        { 25.0, 25.0, 2.0 },
        { 27.3, 22.8, 2.0 },
        { 24.71, 26.05, 3.0 },
        { 20.5, 30.5, 3.0 },
        { 25.37, 24.12, 4.0 },
        { 29.9, 21.45, 4.0 },
    };

    [Fact]
    public void WeightsPixelsByIntensityAboveTheThreshold()
    {
        double[] image =
        [
            1, 1, 1,
            1, 2, 4,
            1, 1, 3,
        ];

        // Weights above 1: (1,1) → 1, (1,2) → 3, (2,2) → 2; Σw = 6.
        SubpixelLocation location = Centroid.Locate(image, 3, 3, threshold: 1.0);

        Assert.Equal((1.0 * 1 + 3.0 * 2 + 2.0 * 2) / 6.0, location.X, 1e-15);
        Assert.Equal((1.0 * 1 + 3.0 * 1 + 2.0 * 2) / 6.0, location.Y, 1e-15);
    }

    [Fact]
    public void DefaultThresholdIsMedianPlusThreeRobustStandardDeviations()
    {
        // Median 3; absolute deviations 2, 1, 0, 1, 97 → MAD 1.
        double threshold = Centroid.DefaultThreshold([4.0, 1.0, 100.0, 3.0, 2.0]);

        Assert.Equal(3.0 + 3.0 * 1.4826, threshold, 1e-12);
    }

    [Fact]
    public void DefaultThresholdAveragesTheMiddleValuesOfAnEvenCount()
    {
        // Median 2.5; absolute deviations 1.5, 0.5, 0.5, 7.5 → MAD 1.
        double threshold = Centroid.DefaultThreshold([1.0, 2.0, 3.0, 10.0]);

        Assert.Equal(2.5 + 3.0 * 1.4826, threshold, 1e-12);
    }

    [Fact]
    public void LocateWithoutThresholdUsesTheDefaultThreshold()
    {
        double[] image = TestImages.Gaussian(21, 23, 9.4, 11.2, 2.0);
        TestImages.AddGaussianNoise(image, 0.05, 3);

        SubpixelLocation implicitThreshold = Centroid.Locate(image, 21, 23);
        SubpixelLocation explicitThreshold = Centroid.Locate(image, 21, 23, Centroid.DefaultThreshold(image));

        Assert.Equal(explicitThreshold, implicitThreshold);
    }

    [Theory]
    [MemberData(nameof(Spots))]
    public void LocatesNoiseFreeGaussianWithinFiveHundredthsOfAPixel(double x0, double y0, double sigma)
    {
        double[] image = TestImages.Gaussian(Size, Size, x0, y0, sigma);

        SubpixelLocation location = Centroid.Locate(image, Size, Size);

        Assert.InRange(location.X, x0 - 0.05, x0 + 0.05);
        Assert.InRange(location.Y, y0 - 0.05, y0 + 0.05);
    }

    [Theory]
    [MemberData(nameof(Spots))]
    public void RefinesNoiseFreeGaussianFromAGuessTwoPixelsAwayWithinFiveHundredthsOfAPixel(double x0, double y0, double sigma)
    {
        double[] image = TestImages.Gaussian(Size, Size, x0, y0, sigma);
        var guess = new SubpixelLocation(Math.Round(x0) + 2.0, Math.Round(y0) - 2.0);

        SubpixelLocation location = Centroid.Locate(image, Size, Size, guess, radius: 4.0 * sigma);

        Assert.InRange(location.X, x0 - 0.05, x0 + 0.05);
        Assert.InRange(location.Y, y0 - 0.05, y0 + 0.05);
    }

    [Fact]
    public void MaskIgnoresASecondSpotThatPullsTheWholeImageCentroid()
    {
        double[] image = TestImages.Gaussian(Size, Size, 15.3, 14.6, 2.0);
        double[] other = TestImages.Gaussian(Size, Size, 38.0, 36.0, 2.0);
        for (int i = 0; i < image.Length; i++)
        {
            image[i] += other[i];
        }

        SubpixelLocation whole = Centroid.Locate(image, Size, Size);
        SubpixelLocation refined = Centroid.Locate(image, Size, Size, new SubpixelLocation(17.0, 13.0), radius: 8.0);

        Assert.InRange(whole.X, 25.0, 28.0);
        Assert.InRange(refined.X, 15.3 - 0.05, 15.3 + 0.05);
        Assert.InRange(refined.Y, 14.6 - 0.05, 14.6 + 0.05);
    }

    [Fact]
    public void MaskMovesUntilItsCentreIsThePixelNearestTheEstimate()
    {
        // A spot at (8.2, 5) with sigma 1 and a 3×3 mask (radius 1.5) first placed on (6, 5):
        // the first centroid (≈ 6.8) moves the mask to column 7, the second (≈ 7.6) to column 8,
        // and the third stays nearest column 8, so the result is the centroid of the 3×3 block
        // around (8, 5).
        const int height = 11;
        const int width = 15;
        double[] image = TestImages.Gaussian(height, width, 8.2, 5.0, 1.0);

        SubpixelLocation location = Centroid.Locate(image, height, width, new SubpixelLocation(6.0, 5.0), radius: 1.5, threshold: 0.0);

        double sum = 0.0;
        double sumX = 0.0;
        double sumY = 0.0;
        for (int r = 4; r <= 6; r++)
        {
            for (int c = 7; c <= 9; c++)
            {
                double w = image[r * width + c];
                sum += w;
                sumX += w * c;
                sumY += w * r;
            }
        }

        Assert.Equal(sumX / sum, location.X, 1e-12);
        Assert.Equal(sumY / sum, location.Y, 1e-12);
    }

    [Fact]
    public void TooSmallMaskStopsShortOfTheSpot()
    {
        // With a radius-1 cross mask the estimate from (6, 5) reaches column 7 and then stays
        // nearest column 7, as in Crocker–Grier: the result is the centroid of that cross.
        const int height = 11;
        const int width = 15;
        double[] image = TestImages.Gaussian(height, width, 8.2, 5.0, 1.0);

        SubpixelLocation location = Centroid.Locate(image, height, width, new SubpixelLocation(6.0, 5.0), radius: 1.0, threshold: 0.0);

        double left = image[5 * width + 6];
        double centre = image[5 * width + 7];
        double right = image[5 * width + 8];
        double vertical = image[4 * width + 7] + image[6 * width + 7];
        double expectedX = (6 * left + 7 * (centre + vertical) + 8 * right) / (left + centre + right + vertical);
        Assert.Equal(expectedX, location.X, 1e-12);
        Assert.Equal(5.0, location.Y, 1e-12);
    }

    /// <summary>
    /// Same noise model and bound as the radial-centre test: amplitude 1, white Gaussian noise
    /// 0.05, Cramér–Rao bound σₙ / √(π/2) ≈ 0.040 px per axis. The per-axis RMS error over 50
    /// seeded realisations must lie between 0.7× and 3× the bound, and no error may exceed 0.5 px.
    /// </summary>
    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    [InlineData(4.0)]
    public void NoisyGaussianErrorsStayNearTheCramerRaoBound(double sigma)
    {
        const double noise = 0.05;
        const int realisations = 50;
        double bound = noise / Math.Sqrt(Math.PI / 2.0);
        double sumSquaresWhole = 0.0;
        double sumSquaresRefined = 0.0;
        double worst = 0.0;
        for (int seed = 0; seed < realisations; seed++)
        {
            double x0 = 24.3 + 0.037 * seed;
            double y0 = 25.8 - 0.029 * seed;
            double[] image = TestImages.Gaussian(Size, Size, x0, y0, sigma);
            TestImages.AddGaussianNoise(image, noise, seed);

            SubpixelLocation whole = Centroid.Locate(image, Size, Size);
            SubpixelLocation refined = Centroid.Locate(image, Size, Size, new SubpixelLocation(Math.Round(x0), Math.Round(y0)), radius: 3.0 * sigma);

            sumSquaresWhole += Square(whole.X - x0) + Square(whole.Y - y0);
            sumSquaresRefined += Square(refined.X - x0) + Square(refined.Y - y0);
            worst = Math.Max(worst, Math.Max(Math.Max(Math.Abs(whole.X - x0), Math.Abs(whole.Y - y0)), Math.Max(Math.Abs(refined.X - x0), Math.Abs(refined.Y - y0))));
        }

        Assert.InRange(Math.Sqrt(sumSquaresWhole / (2 * realisations)), 0.7 * bound, 3.0 * bound);
        Assert.InRange(Math.Sqrt(sumSquaresRefined / (2 * realisations)), 0.7 * bound, 3.0 * bound);
        Assert.InRange(worst, 0.0, 0.5);
    }

    [Theory]
    [InlineData(3, -4)]
    [InlineData(-5, 2)]
    public void IntegerShiftMovesTheResultByExactlyThatShift(int dx, int dy)
    {
        double[] image = TestImages.Gaussian(Size, Size, 24.3, 25.6, 2.5);
        TestImages.AddGaussianNoise(image, 0.01, 11);
        double[] shifted = TestImages.Shift(image, Size, Size, dx, dy);
        var guess = new SubpixelLocation(25.0, 24.0);
        var shiftedGuess = new SubpixelLocation(25.0 + dx, 24.0 + dy);

        SubpixelLocation original = Centroid.Locate(image, Size, Size, threshold: 0.05);
        SubpixelLocation moved = Centroid.Locate(shifted, Size, Size, threshold: 0.05);
        SubpixelLocation refinedOriginal = Centroid.Locate(image, Size, Size, guess, 7.5, threshold: 0.05);
        SubpixelLocation refinedMoved = Centroid.Locate(shifted, Size, Size, shiftedGuess, 7.5, threshold: 0.05);

        Assert.Equal(original.X + dx, moved.X, 1e-9);
        Assert.Equal(original.Y + dy, moved.Y, 1e-9);
        Assert.Equal(refinedOriginal.X + dx, refinedMoved.X, 1e-9);
        Assert.Equal(refinedOriginal.Y + dy, refinedMoved.Y, 1e-9);
    }

    [Fact]
    public void LeftRightMirrorMapsXToWidthMinusOneMinusX()
    {
        const int height = 45;
        const int width = 51;
        double[] image = TestImages.Gaussian(height, width, 27.3, 20.8, 3.0);
        TestImages.AddGaussianNoise(image, 0.02, 7);
        double[] mirrored = TestImages.FlipLeftRight(image, height, width);

        SubpixelLocation original = Centroid.Locate(image, height, width);
        SubpixelLocation flipped = Centroid.Locate(mirrored, height, width);
        SubpixelLocation refinedOriginal = Centroid.Locate(image, height, width, new SubpixelLocation(26.0, 21.0), 9.0);
        SubpixelLocation refinedFlipped = Centroid.Locate(mirrored, height, width, new SubpixelLocation(width - 1 - 26.0, 21.0), 9.0);

        Assert.Equal(width - 1 - original.X, flipped.X, 1e-9);
        Assert.Equal(original.Y, flipped.Y, 1e-9);
        Assert.Equal(width - 1 - refinedOriginal.X, refinedFlipped.X, 1e-9);
        Assert.Equal(refinedOriginal.Y, refinedFlipped.Y, 1e-9);
    }

    [Fact]
    public void NothingAboveTheThresholdGivesNaN()
    {
        double[] image = TestImages.Gaussian(9, 9, 4.0, 4.0, 1.5);

        SubpixelLocation whole = Centroid.Locate(image, 9, 9, threshold: 1.0);
        SubpixelLocation refined = Centroid.Locate(image, 9, 9, new SubpixelLocation(4.0, 4.0), 3.0, threshold: 1.0);
        SubpixelLocation outside = Centroid.Locate(image, 9, 9, new SubpixelLocation(100.0, -50.0), 3.0, threshold: 0.0);

        Assert.True(double.IsNaN(whole.X) && double.IsNaN(whole.Y));
        Assert.True(double.IsNaN(refined.X) && double.IsNaN(refined.Y));
        Assert.True(double.IsNaN(outside.X) && double.IsNaN(outside.Y));
    }

    [Theory]
    [InlineData(0, 5, "height", "0")]
    [InlineData(-2, 5, "height", "-2")]
    [InlineData(5, 0, "width", "0")]
    public void RejectsNonPositiveDimensions(int height, int width, string parameter, string value)
    {
        double[] image = new double[Math.Max(0, height) * Math.Max(0, width)];

        ArgumentException whole = Assert.ThrowsAny<ArgumentException>(() => Centroid.Locate(image, height, width));
        ArgumentException refined = Assert.ThrowsAny<ArgumentException>(() => Centroid.Locate(image, height, width, new SubpixelLocation(1, 1), 2.0));

        Assert.Equal(parameter, whole.ParamName);
        Assert.Contains($"was {value}", whole.Message, StringComparison.Ordinal);
        Assert.Equal(parameter, refined.ParamName);
    }

    [Fact]
    public void RejectsImageLengthThatDoesNotMatchTheShape()
    {
        double[] image = new double[11];

        ArgumentException exception = Assert.Throws<ArgumentException>(() => Centroid.Locate(image, 3, 4));

        Assert.Equal("image", exception.ParamName);
        Assert.Contains("has 11 pixels", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void RejectsNonFiniteThreshold(double threshold)
    {
        double[] image = new double[9];

        ArgumentException exception = Assert.ThrowsAny<ArgumentException>(() => Centroid.Locate(image, 3, 3, threshold));

        Assert.Equal("threshold", exception.ParamName);
        Assert.Contains($"was {threshold}", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void RejectsRadiusThatIsNotPositiveAndFinite(double radius)
    {
        double[] image = new double[9];

        ArgumentException exception = Assert.ThrowsAny<ArgumentException>(() => Centroid.Locate(image, 3, 3, new SubpixelLocation(1, 1), radius));

        Assert.Equal("radius", exception.ParamName);
        Assert.Contains($"was {radius}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsNonFiniteGuess()
    {
        double[] image = new double[9];

        ArgumentException exception = Assert.Throws<ArgumentException>(() => Centroid.Locate(image, 3, 3, new SubpixelLocation(double.NaN, 1.0), 2.0));

        Assert.Equal("guess", exception.ParamName);
        Assert.Contains("NaN", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultThresholdRejectsAnEmptyImage()
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => Centroid.DefaultThreshold(ReadOnlySpan<double>.Empty));

        Assert.Equal("image", exception.ParamName);
    }

    private static double Square(double value) => value * value;
}
