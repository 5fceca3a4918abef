using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests.Augmentations;

/// <summary>Resize with OpenCV's pixel-area alignment, cubic interpolation checked against polynomials it must reproduce, and integer pixels.</summary>
public class ResizeAndCubicTests
{
    private static double Quadratic(double r, double c) => 0.3 * r * r - 0.2 * r * c + 0.5 * c * c + r - 2 * c + 3;

    private static Image<double> Sampled(Func<double, double, double> f, int size)
    {
        var image = new Image<double>(size, size);
        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                image[r, c] = f(r, c);
            }
        }

        return image;
    }

    [Fact]
    public void Cubic_resampling_reproduces_a_quadratic_and_linear_a_plane_between_pixel_centres()
    {
        // Keys' kernel (a = −1/2) is exact for polynomials up to degree 2; bilinear for degree 1.
        var quadratic = new Resize<double>().WithHeight(17).WithWidth(17).WithInterpolation(Interpolation.Cubic).Apply(Sampled(Quadratic, 12));
        var linear = new Resize<double>().WithHeight(17).WithWidth(17).Apply(Sampled((r, c) => 2 * r - 3 * c + 1, 12));
        int checkedPixels = 0;
        for (int row = 0; row < 17; row++)
        {
            for (int column = 0; column < 17; column++)
            {
                double r = (row + 0.5) * 12 / 17 - 0.5, c = (column + 0.5) * 12 / 17 - 0.5;
                if (r >= 1 && r <= 9 && c >= 1 && c <= 9)
                {
                    Assert.Equal(Quadratic(r, c), quadratic[row, column], 10);
                    Assert.Equal(2 * r - 3 * c + 1, linear[row, column], 12);
                    checkedPixels++;
                }
            }
        }

        Assert.True(checkedPixels > 100);
    }

    [Fact]
    public void Cubic_interpolation_passes_through_the_pixels_and_serves_the_affine_transform()
    {
        var image = Sampled((r, c) => Math.Sin(r) * Math.Cos(0.7 * c), 10);
        var identity = new Affine<double>().WithInterpolation(Interpolation.Cubic).Apply(image);
        Assert.Equal(image.AsReadOnlySpan().ToArray(), identity.AsReadOnlySpan().ToArray());
        var shifted = new Affine<double>().WithTranslateRows(0.5).WithTranslateColumns(-0.25).WithInterpolation(Interpolation.Cubic).Apply(Sampled(Quadratic, 10));
        Assert.Equal(Quadratic(4 - 0.5, 5 + 0.25), shifted[4, 5], 10);
    }

    [Fact]
    public void Resizing_integer_pixels_rounds_like_opencv_instead_of_truncating_the_weights()
    {
        // cv2.resize(np.uint8([[0, 200]]), (4, 1)) → [[0, 50, 150, 200]]
        var bytes = Image<byte>.FromArray([0, 200], 1, 2);
        Assert.Equal(new byte[] { 0, 50, 150, 200 }, new Resize<byte>().WithHeight(1).WithWidth(4).Apply(bytes).AsReadOnlySpan().ToArray());

        // A cubic overshoot past 255 ends at 255 (OpenCV's saturate_cast), not in an overflow: the byte result is
        // the double-precision result rounded and held to [0, 255].
        var step = Image<byte>.FromArray([0, 0, 255, 255], 1, 4);
        var resize = new Resize<byte>().WithHeight(1).WithWidth(16).WithInterpolation(Interpolation.Cubic);
        var exact = new Resize<double>().WithHeight(1).WithWidth(16).WithInterpolation(Interpolation.Cubic)
            .Apply(Image<double>.FromArray([0, 0, 255, 255], 1, 4)).AsReadOnlySpan().ToArray();
        Assert.Contains(exact, v => v > 255.5);
        Assert.Contains(exact, v => v < -0.5);
        Assert.Equal(exact.Select(v => (byte)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), 0, 255)).ToArray(), resize.Apply(step).AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void Resize_maps_positions_by_pixel_areas_and_refuses_an_empty_size()
    {
        var dot = new Dot().WithPosition(new PixelPosition(3, 4));
        var resized = (dot >> new SumImages() >> new Resize<double>().WithHeight(32).WithWidth(8)).Build().Resolve();
        Assert.Equal(new PixelPosition(3.5 * 2 - 0.5, 4.5 * 0.5 - 0.5), resized.Get(dot, d => d.Position).Single());
        var error = Assert.Throws<PropertyValueException>(() => new Resize<double>().WithHeight(0).WithWidth(3).Apply(Grid()));
        Assert.Equal("Height", error.PropertyName);
        Assert.Throws<MissingPropertyValueException>(() => new Resize<double>().WithHeight(3).Apply(Grid()));
    }

    private static Image<double> Grid() => Sampled((r, c) => r + c, 4);
}
