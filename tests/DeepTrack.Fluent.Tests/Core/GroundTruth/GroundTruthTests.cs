using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests;

public class GroundTruthTests
{
    private static readonly Dot FixedDot = new Dot().WithPosition(new PixelPosition(3, 4)).WithIntensity(5);

    [Fact]
    public void Truth_carries_every_contributing_feature_once()
    {
        var optics = new SumImages().WithGain(2);
        var image = ((FixedDot ^ 2) >> optics).Build().Resolve();
        Assert.Equal([5.0, 5.0], image.Get(FixedDot, d => d.Intensity));
        Assert.Equal([2.0], image.Get(optics, o => o.Gain));
        var doubled = image + image;
        Assert.Equal(image.Truth.Entries.Count, doubled.Truth.Entries.Count);
    }

    [Fact]
    public void Flip_maps_positions_with_the_pixels()
    {
        var image = (FixedDot >> new SumImages() >> new FlipLeftRight<double>()).Build().Resolve();
        var position = image.Get(FixedDot, d => d.Position).Single();
        Assert.Equal(new PixelPosition(3, Scatterer.Size - 1 - 4), position);
        Assert.Equal(position, ImageProbes.Brightest(image));
        Assert.Equal(new PixelPosition(3, 4), image.Truth.GetUnmapped(FixedDot, d => d.Position).Single());
    }

    [Fact]
    public void Crop_then_flip_compose()
    {
        var crop = new Crop<double>().WithTop(2).WithLeft(1).WithHeight(8).WithWidth(10);
        var image = (FixedDot >> new SumImages() >> crop >> new FlipLeftRight<double>()).Build().Resolve();
        var position = image.Get(FixedDot, d => d.Position).Single();
        Assert.Equal(new PixelPosition(1, 10 - 1 - 3), position);
        Assert.Equal(position, ImageProbes.Brightest(image));
    }

    [Fact]
    public void Pooling_maps_block_centres_to_output_pixels()
    {
        var dot = new Dot().WithPosition(new PixelPosition(5, 7));
        var image = (dot >> new SumImages() >> new AveragePool<double>().WithFactor(2)).Build().Resolve();
        var position = image.Get(dot, d => d.Position).Single();
        Assert.Equal(new PixelPosition(2.25, 3.25), position);
        Assert.Equal(new PixelPosition(2, 3), ImageProbes.Brightest(image));
        Assert.Equal(0.25, image[2, 3], 12);
    }

    [Fact]
    public void Random_positions_stay_on_their_pixels_through_flip_and_crop()
    {
        var dot = new Dot().WithPosition(Distribution.UniformPosition(4, 12, 4, 12).Select(p => new PixelPosition(Math.Round(p.Row), Math.Round(p.Column))));
        var crop = new Crop<double>().WithTop(2).WithLeft(3).WithHeight(12).WithWidth(12);
        var pipeline = (dot >> new SumImages() >> new FlipLeftRight<double>() >> crop).Build(seed: 3);
        foreach (var image in pipeline.Generate(50))
        {
            Assert.Equal(ImageProbes.Brightest(image), image.Get(dot, d => d.Position).Single());
        }
    }

    [Fact]
    public void Crop_outside_the_image_names_the_property_and_value()
    {
        var crop = new Crop<double>().WithTop(10).WithHeight(10).WithWidth(4);
        var error = Assert.Throws<PropertyValueException>(() => (FixedDot >> new SumImages() >> crop).Build().Resolve());
        Assert.Equal("Height", error.PropertyName);
        Assert.Equal(10, error.Value);
        Assert.StartsWith("Crop<", error.FeatureName);
    }

    [Fact]
    public void Asking_for_a_feature_outside_the_pipeline_is_an_error_that_names_it()
    {
        var copy = FixedDot.WithIntensity(7);
        var image = (FixedDot >> new SumImages()).Build().Resolve();
        var exception = Assert.Throws<ArgumentException>(() => image.Get(copy, d => d.Position));
        Assert.StartsWith("Dot is not part of the pipeline that made this output", exception.Message);
        Assert.Contains("With…", exception.Message);
        Assert.Throws<ArgumentException>(() => image.Truth.GetUnmapped(new Dot(), d => d.Position));
    }

    [Fact]
    public void A_feature_of_the_pipeline_that_did_not_contribute_gives_no_values()
    {
        var dot = new Dot().WithPosition(new PixelPosition(1, 1));
        var none = new Repeat<IReadOnlyList<Image<double>>>(dot).WithCount(0);
        var image = (none >> new SumImages()).Build().Resolve();
        Assert.Empty(image.Get(dot, d => d.Position));
        Assert.Single(((dot ^ 1) >> new SumImages()).Build().Resolve().Get(dot, d => d.Position));
    }
}
