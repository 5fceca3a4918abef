using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

/// <summary>Arithmetic on list-valued features, image by image, as DeepTrack 2.0 applies operators to lists of images.</summary>
public class ListArithmeticTests
{
    private static Dot DotAt(double row, double column, double intensity = 1)
        => new Dot().WithPosition(new PixelPosition(row, column)).WithIntensity(intensity);

    [Fact]
    public void A_constant_acts_on_every_image_of_the_list_on_either_side()
    {
        var dot = new Dot().WithPosition(PropertyRule.ByReplica(p => new PixelPosition(2, 3 * p.Innermost)));
        var doubled = ((dot ^ 3) * 2.0).Build().Resolve();
        Assert.Equal(3, doubled.Count);
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal((2.0, 2.0), (doubled[i][2, 3 * i], doubled[i].AsReadOnlySpan().ToArray().Sum())));

        var reversed = (10.0 - (dot ^ 2)).Build().Resolve();
        Assert.Equal((9.0, 10.0), (reversed[1][2, 3], reversed[1][0, 0]));
        var quotient = (1.0 / ((dot ^ 2) + 1.0)).Build().Resolve();
        Assert.Equal((0.5, 1.0), (quotient[0][2, 0], quotient[0][5, 5]));

        // Ground truth travels with every image.
        Assert.Equal([new(2, 0), new(2, 3), new(2, 6)], ((dot ^ 3) * 2.0 >> new SumImages()).Build().Resolve().Get(dot, d => d.Position));
    }

    [Fact]
    public void Two_lists_pair_their_images_in_order_and_a_single_image_is_broadcast()
    {
        var a = DotAt(1, 1) ^ 2;
        var b = DotAt(4, 4, intensity: 3) ^ 2;
        var sum = (a + b).Build().Resolve();
        Assert.Equal(2, sum.Count);
        Assert.All(sum, image => Assert.Equal((1.0, 3.0, 4.0), (image[1, 1], image[4, 4], image.AsReadOnlySpan().ToArray().Sum())));

        var product = ((DotAt(1, 1, 2) ^ 3) * DotAt(1, 1, 5)).Build().Resolve();
        Assert.Equal(3, product.Count);
        Assert.All(product, image => Assert.Equal(10.0, image[1, 1]));
    }

    [Fact]
    public void Lists_of_different_lengths_are_an_error_that_says_what_to_change()
    {
        var error = Assert.ThrowsAny<Exception>(() => ((DotAt(1, 1) ^ 3) - (DotAt(2, 2) ^ 2)).Build().Resolve());
        var message = error.InnerException?.Message ?? error.Message;
        Assert.Contains("3 and 2 images", message);
        Assert.Contains("same count", message);
    }

    [Fact]
    public void A_distribution_is_drawn_for_every_image()
    {
        var noisy = ((DotAt(0, 0) ^ 4) + Distribution.Uniform(10.0, 20.0)).Build(seed: 5).Resolve();
        var offsets = noisy.Select(image => image[8, 8]).ToArray();
        Assert.All(offsets, o => Assert.InRange(o, 10, 20));
        Assert.Equal(4, offsets.Distinct().Count());
        Assert.All(noisy, image => Assert.Equal(image[8, 8] + 1, image[0, 0], 12));
    }
}
