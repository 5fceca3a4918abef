using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Tests.Processing;

/// <summary>The bilateral filter against its definition (OpenCV's disc, weights and border) and its two limits.</summary>
public class BilateralBlurTests
{
    private static Image<double> Noisy(int size)
    {
        var image = new Image<double>(size, size);
        for (int r = 0; r < size; r++)
        {
            for (int c = 0; c < size; c++)
            {
                image[r, c] = Math.Sin(1.3 * r + 0.4 * c) + 0.1 * ((r * 7 + c * 3) % 5);
            }
        }

        return image;
    }

    [Fact]
    public void Each_pixel_is_the_weighted_mean_the_definition_gives()
    {
        var image = Noisy(12);
        var blurred = new BilateralBlur<double>().WithDiameter(5).WithSigmaColor(0.4).WithSigmaSpace(1.2).Apply(image);
        foreach (var (row, column) in new[] { (5, 6), (2, 2), (9, 3) })
        {
            double sum = 0, norm = 0, centre = image[row, column];
            for (int i = -2; i <= 2; i++)
            {
                for (int j = -2; j <= 2; j++)
                {
                    if (i * i + j * j > 4)
                    {
                        continue;
                    }

                    double value = image[row + i, column + j];
                    double weight = Math.Exp(-(i * i + j * j) / (2 * 1.2 * 1.2)) * Math.Exp(-(value - centre) * (value - centre) / (2 * 0.4 * 0.4));
                    sum += weight * value;
                    norm += weight;
                }
            }

            Assert.Equal(sum / norm, blurred[row, column], 12);
        }

        // The border mirrors about the edge pixel (OpenCV's BORDER_REFLECT_101): a corner reads (−1, −1) as (1, 1).
        var corner = new BilateralBlur<double>().WithDiameter(3).WithSigmaColor(1e9).WithSigmaSpace(1e9).Apply(image)[0, 0];
        double[] disc = [image[1, 0], image[0, 1], image[0, 0], image[0, 1], image[1, 0]];
        Assert.Equal(disc.Average(), corner, 12);
    }

    [Fact]
    public void A_small_colour_sigma_keeps_an_edge_where_a_large_one_blurs_it()
    {
        var edge = new Image<double>(8, 8);
        for (int r = 0; r < 8; r++)
        {
            for (int c = 4; c < 8; c++)
            {
                edge[r, c] = 1;
            }
        }

        var kept = new BilateralBlur<double>().WithSigmaColor(1e-3).WithSigmaSpace(2).Apply(edge);
        Assert.Equal(edge.AsReadOnlySpan().ToArray(), kept.AsReadOnlySpan().ToArray());
        var blurred = new BilateralBlur<double>().WithSigmaColor(1e6).WithSigmaSpace(2).Apply(edge);
        Assert.InRange(blurred[3, 3], 0.05, 0.5);
        Assert.InRange(blurred[3, 4], 0.5, 0.95);
    }

    [Fact]
    public void Bad_sigmas_and_diameters_are_named_and_the_colour_sigma_must_be_given()
    {
        var image = Noisy(6);
        Assert.Throws<MissingPropertyValueException>(() => new BilateralBlur<double>().Apply(image));
        var sigma = Assert.Throws<PropertyValueException>(() => new BilateralBlur<double>().WithSigmaColor(0).Apply(image));
        Assert.Equal("SigmaColor", sigma.PropertyName);
        var diameter = Assert.Throws<PropertyValueException>(() => new BilateralBlur<double>().WithSigmaColor(1).WithDiameter(0).Apply(image));
        Assert.Equal("Diameter", diameter.PropertyName);
    }
}
