using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

/// <summary>Merge features: a list of images in, one image out, with the fewest images a merge accepts checked by name.</summary>
public class MergeFeatureTests
{
    [Fact]
    public void A_merge_feature_sums_the_images_of_a_repeated_scatterer()
    {
        var dot = new Dot().WithPosition(new PixelPosition(3, 4)).WithIntensity(2);
        var image = ((dot ^ 3) >> new SumImages()).Build(seed: 1).Resolve();
        Assert.Equal(6, image[3, 4]);
        Assert.Equal(6, image.AsReadOnlySpan().ToArray().Sum());
    }

    [Fact]
    public void An_empty_list_is_a_valid_draw_unless_the_merge_needs_images()
    {
        var dot = new Dot().WithPosition(new PixelPosition(3, 4));
        Assert.Equal(0, ((dot ^ 0) >> new SumImages()).Build(seed: 1).Resolve().AsReadOnlySpan().ToArray().Sum());

        var one = Assert.Throws<PropertyValueException>(() => ((dot ^ 1) >> new DifferenceOfTwo()).Build(seed: 1).Resolve());
        Assert.Equal((nameof(DifferenceOfTwo), "input", (object?)1), (one.FeatureName, one.PropertyName, one.Value));
        Assert.Contains("at least 2 images", one.Message);

        var empty = Assert.Throws<PropertyValueException>(() => new ReduceImages<double>().Apply([]));
        Assert.StartsWith("ReduceImages", empty.FeatureName);
        Assert.Equal(("input", (object?)0), (empty.PropertyName, empty.Value));
        Assert.Contains("at least 1 image", empty.Message);
    }

    [Fact]
    public void The_two_images_of_a_difference_come_in_list_order()
    {
        var first = new Dot().WithPosition(new PixelPosition(1, 1)).WithIntensity(5);
        var second = new Dot().WithPosition(new PixelPosition(1, 1)).WithIntensity(2);
        var image = ((first >> second) >> new DifferenceOfTwo()).Build(seed: 1).Resolve();
        Assert.Equal(3, image[1, 1]);
    }
}
