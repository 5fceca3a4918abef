using DeepTrack.Fluent.Augmentations;
using DeepTrack.Fluent.Tests.Features;

namespace DeepTrack.Fluent.Tests.Augmentations;

/// <summary>Cropping to the bounding box of the pixels above a threshold.</summary>
public class CropTightTests
{
    [Fact]
    public void The_window_is_the_bounding_box_of_every_plane()
    {
        var volume = new Image<double>(8, 8, 2);
        volume[2, 3, 0] = 1;
        volume[5, 1, 1] = -2;
        volume[6, 6, 0] = 1e-12;
        var cropped = new CropTight<double>().Apply(volume);
        Assert.Equal((4, 3, 2), (cropped.Height, cropped.Width, cropped.Depth));
        Assert.Equal((1.0, -2.0), (cropped[0, 2, 0], cropped[3, 0, 1]));

        var loose = new CropTight<double>().WithEpsilon(0).Apply(volume);
        Assert.Equal((5, 6), (loose.Height, loose.Width));
    }

    [Fact]
    public void Ground_truth_is_shifted_and_an_empty_image_is_left_whole()
    {
        var dot = new Dot().WithPosition(new PixelPosition(9, 4)).WithIntensity(3);
        var tight = (dot >> new SumImages() >> new CropTight<double>()).Build().Resolve();
        Assert.Equal((1, 1, 3.0), (tight.Height, tight.Width, tight[0, 0]));
        Assert.Equal(new PixelPosition(0, 0), tight.Get(dot, d => d.Position).Single());

        var empty = new CropTight<double>().Apply(new Image<double>(4, 5));
        Assert.Equal((4, 5), (empty.Height, empty.Width));
        var bad = Assert.Throws<PropertyValueException>(() => new CropTight<double>().WithEpsilon(double.NaN).Apply(empty));
        Assert.Equal("Epsilon", bad.PropertyName);
    }
}
