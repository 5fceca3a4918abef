using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Behaviours where DeepTrack 2.0 is known to be wrong (reference README, its issues #325 and #176).</summary>
public class DeepTrackDefectTests
{
    private static Fluorescence Microscope(int padding, int upscale) => new Fluorescence()
        .WithNA(0.8)
        .WithWavelength(680.Nanometers())
        .WithMagnification(10)
        .WithCameraPixelPitch(1.Micrometers())
        .WithPadding(padding)
        .WithUpscale(upscale)
        .WithOutputRegion(PixelRegion.Square(48));

    [Fact]
    public void Padding_zero_gives_the_same_image_as_padding()
    {
        var particle = new PointParticle().WithPosition(new PixelPosition(24, 24)).WithIntensity(1);
        var unpadded = (particle >> Microscope(0, 1)).Build().Resolve();
        var padded = (particle >> Microscope(10, 1)).Build().Resolve();
        Assert.Equal(ImageMath.ArgMax(padded.AsReadOnlySpan()), ImageMath.ArgMax(unpadded.AsReadOnlySpan()));
        Assert.InRange(unpadded.Sum(), 0.95, 1 + 1e-12);
        double peak = padded.AsReadOnlySpan().ToArray().Max();
        Assert.True(Math.Abs(unpadded[24, 24] - padded[24, 24]) < 0.02 * peak);
    }

    [Fact]
    public void Ground_truth_survives_upscale()
    {
        var particle = new PointParticle().WithPosition(Distribution.UniformPosition(10, 38, 10, 38)).WithIntensity(1);
        var image = (particle >> Microscope(10, 2)).Build(seed: 2).Resolve();
        var position = image.Get(particle, p => p.Position).Single();
        var brightest = ImageMath.ArgMax(image.AsReadOnlySpan());
        Assert.Equal(((int)Math.Round(position.Row), (int)Math.Round(position.Column)), (brightest / 48, brightest % 48));
    }
}
