using System;
using Xunit;
using DeepTrack.Fluent.Analysis;

namespace DeepTrack.Fluent.Tests.Analysis;

public class RadialCenterTests
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

    [Theory]
    [MemberData(nameof(Spots))]
    public void LocatesNoiseFreeGaussianWithinFiveHundredthsOfAPixel(double x0, double y0, double sigma)
    {
        double[] image = TestImages.Gaussian(Size, Size, x0, y0, sigma);

        SubpixelLocation location = RadialCenter.Locate(image, Size, Size);

        Assert.InRange(location.X, x0 - 0.05, x0 + 0.05);
        Assert.InRange(location.Y, y0 - 0.05, y0 + 0.05);
    }

    [Fact]
    public void UsesColumnForXAndRowForYOnANonSquareImage()
    {
        const int height = 31;
        const int width = 57;
        double[] image = TestImages.Gaussian(height, width, 40.2, 12.7, 2.5);

        SubpixelLocation location = RadialCenter.Locate(image, height, width);

        Assert.InRange(location.X, 40.2 - 0.05, 40.2 + 0.05);
        Assert.InRange(location.Y, 12.7 - 0.05, 12.7 + 0.05);
    }

    [Fact]
    public void IgnoresAConstantBackground()
    {
        double[] plain = TestImages.Gaussian(Size, Size, 23.6, 26.2, 3.0);
        double[] raised = TestImages.Gaussian(Size, Size, 23.6, 26.2, 3.0, amplitude: 1.0, background: 100.0);

        SubpixelLocation expected = RadialCenter.Locate(plain, Size, Size);
        SubpixelLocation actual = RadialCenter.Locate(raised, Size, Size);

        Assert.Equal(expected.X, actual.X, 1e-9);
        Assert.Equal(expected.Y, actual.Y, 1e-9);
    }

    /// <summary>
    /// Peak amplitude 1 with white Gaussian noise of standard deviation 0.05 (peak SNR 20). The
    /// Cramér–Rao bound per axis for a Gaussian spot of amplitude A in white noise σₙ is
    /// σₙ / (A·√(π/2)) ≈ 0.040 px, independent of the spot width. The per-axis RMS error over 50
    /// seeded realisations must lie between 0.7× and 3× that bound: below 0.7× would mean the
    /// noise did not reach the estimator (an unbiased estimator cannot beat the bound, and 100
    /// samples keep the RMS within about ±15 % of its expectation), above 3× would mean the
    /// method lost far more precision than radial symmetry does on a 51×51 window. No single
    /// error may exceed 0.5 px (about 12 × the bound).
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
        double sumSquares = 0.0;
        double worst = 0.0;
        for (int seed = 0; seed < realisations; seed++)
        {
            double x0 = 24.3 + 0.037 * seed;
            double y0 = 25.8 - 0.029 * seed;
            double[] image = TestImages.Gaussian(Size, Size, x0, y0, sigma);
            TestImages.AddGaussianNoise(image, noise, seed);

            SubpixelLocation location = RadialCenter.Locate(image, Size, Size);

            double ex = location.X - x0;
            double ey = location.Y - y0;
            sumSquares += ex * ex + ey * ey;
            worst = Math.Max(worst, Math.Max(Math.Abs(ex), Math.Abs(ey)));
        }

        double rms = Math.Sqrt(sumSquares / (2 * realisations));
        Assert.InRange(rms, 0.7 * bound, 3.0 * bound);
        Assert.InRange(worst, 0.0, 0.5);
    }

    [Theory]
    [InlineData(3, -4)]
    [InlineData(-5, 2)]
    [InlineData(1, 1)]
    public void IntegerShiftMovesTheResultByExactlyThatShift(int dx, int dy)
    {
        double[] image = TestImages.Gaussian(Size, Size, 24.3, 25.6, 2.5);
        double[] shifted = TestImages.Shift(image, Size, Size, dx, dy);

        SubpixelLocation original = RadialCenter.Locate(image, Size, Size);
        SubpixelLocation moved = RadialCenter.Locate(shifted, Size, Size);

        Assert.Equal(original.X + dx, moved.X, 1e-9);
        Assert.Equal(original.Y + dy, moved.Y, 1e-9);
    }

    [Fact]
    public void LeftRightMirrorMapsXToWidthMinusOneMinusX()
    {
        const int height = 45;
        const int width = 51;
        double[] image = TestImages.Gaussian(height, width, 27.3, 20.8, 3.0);
        TestImages.AddGaussianNoise(image, 0.02, 7);

        SubpixelLocation original = RadialCenter.Locate(image, height, width);
        SubpixelLocation mirrored = RadialCenter.Locate(TestImages.FlipLeftRight(image, height, width), height, width);

        Assert.Equal(width - 1 - original.X, mirrored.X, 1e-9);
        Assert.Equal(original.Y, mirrored.Y, 1e-9);
    }

    [Fact]
    public void UpDownMirrorMapsYToHeightMinusOneMinusY()
    {
        const int height = 45;
        const int width = 51;
        double[] image = TestImages.Gaussian(height, width, 27.3, 20.8, 3.0);
        TestImages.AddGaussianNoise(image, 0.02, 8);

        SubpixelLocation original = RadialCenter.Locate(image, height, width);
        SubpixelLocation mirrored = RadialCenter.Locate(TestImages.FlipUpDown(image, height, width), height, width);

        Assert.Equal(original.X, mirrored.X, 1e-9);
        Assert.Equal(height - 1 - original.Y, mirrored.Y, 1e-9);
    }

    [Fact]
    public void TransposeSwapsXAndY()
    {
        const int height = 45;
        const int width = 51;
        double[] image = TestImages.Gaussian(height, width, 27.3, 20.8, 3.0);
        TestImages.AddGaussianNoise(image, 0.02, 9);

        SubpixelLocation original = RadialCenter.Locate(image, height, width);
        SubpixelLocation transposed = RadialCenter.Locate(TestImages.Transpose(image, height, width), width, height);

        Assert.Equal(original.Y, transposed.X, 1e-9);
        Assert.Equal(original.X, transposed.Y, 1e-9);
    }

    [Fact]
    public void SpotCentredOnAMidpointOfAnEvenImageGivesAFiniteExactCentre()
    {
        double[] image =
        [
            0, 1, 1, 0,
            1, 3, 3, 1,
            1, 3, 3, 1,
            0, 1, 1, 0,
        ];

        SubpixelLocation location = RadialCenter.Locate(image, 4, 4);

        Assert.Equal(1.5, location.X, 1e-12);
        Assert.Equal(1.5, location.Y, 1e-12);
    }

    [Fact]
    public void SpotAtTheCentreOfAnEvenSizedImageIsFound()
    {
        double[] image = TestImages.Gaussian(50, 50, 24.5, 24.5, 3.0);

        SubpixelLocation location = RadialCenter.Locate(image, 50, 50);

        Assert.Equal(24.5, location.X, 1e-9);
        Assert.Equal(24.5, location.Y, 1e-9);
    }

    [Fact]
    public void FlatImageHasNoCentre()
    {
        double[] image = new double[5 * 6];
        Array.Fill(image, 2.5);

        SubpixelLocation location = RadialCenter.Locate(image, 5, 6);

        Assert.True(double.IsNaN(location.X));
        Assert.True(double.IsNaN(location.Y));
    }

    [Fact]
    public void NaNPixelGivesNaN()
    {
        double[] image = TestImages.Gaussian(9, 9, 4.2, 3.9, 1.5);
        image[40] = double.NaN;

        SubpixelLocation location = RadialCenter.Locate(image, 9, 9);

        Assert.True(double.IsNaN(location.X));
        Assert.True(double.IsNaN(location.Y));
    }

    [Theory]
    [InlineData(2, 5, "height", "2")]
    [InlineData(0, 5, "height", "0")]
    [InlineData(-3, 5, "height", "-3")]
    [InlineData(5, 2, "width", "2")]
    [InlineData(5, -1, "width", "-1")]
    public void RejectsTooSmallDimensions(int height, int width, string parameter, string value)
    {
        double[] image = new double[Math.Max(0, height) * Math.Max(0, width)];

        ArgumentException exception = Assert.ThrowsAny<ArgumentException>(() => RadialCenter.Locate(image, height, width));

        Assert.Equal(parameter, exception.ParamName);
        Assert.Contains($"was {value}", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(24)]
    [InlineData(26)]
    [InlineData(0)]
    public void RejectsImageLengthThatDoesNotMatchTheShape(int length)
    {
        double[] image = new double[length];

        ArgumentException exception = Assert.Throws<ArgumentException>(() => RadialCenter.Locate(image, 5, 5));

        Assert.Equal("image", exception.ParamName);
        Assert.Contains($"has {length} pixels", exception.Message, StringComparison.Ordinal);
        Assert.Contains("25", exception.Message, StringComparison.Ordinal);
    }
}
