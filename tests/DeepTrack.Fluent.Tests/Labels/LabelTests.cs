using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Labels;

public class LabelTests
{
    [Fact]
    public void Figure_6_five_ellipses_with_a_mask_from_the_same_draw()
    {
        var ellipse = new Ellipse()
            .WithPosition(Distribution.UniformPosition(10, 54, 10, 54))
            .WithRadius(Distribution.Uniform(0.3, 0.6).Select(r => r.Micrometers()))
            .WithSecondRadius(Distribution.Uniform(0.15, 0.3).Select(r => (Length?)r.Micrometers()))
            .WithRotation(Distribution.Uniform(0, Math.PI).Select(a => a.Radians()))
            .WithIntensity(50);
        var optics = new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers()).WithOutputRegion(PixelRegion.Square(64));
        var sample = ellipse ^ 5;
        var image = sample >> optics >> new Background().WithLevel(5) >> new PoissonNoise().WithSnr(20).WithBackground(5);
        var mask = sample >> new SegmentationMask().WithOutputRegion(PixelRegion.Square(64)).WithPixelSize(optics.PixelSize);
        var (picture, label) = (image & mask).Build(seed: 6).Resolve();

        var positions = picture.Get(ellipse, e => e.Position);
        Assert.Equal(5, positions.Count);
        Assert.Equal(positions, label.Get(ellipse, e => e.Position));
        double inside = 0, outside = 0;
        int insideCount = 0, outsideCount = 0;
        for (int i = 0; i < picture.Length; i++)
        {
            if (label.AsReadOnlySpan()[i] == 1)
            {
                inside += picture.AsReadOnlySpan()[i];
                insideCount++;
            }
            else
            {
                outside += picture.AsReadOnlySpan()[i];
                outsideCount++;
            }
        }

        Assert.All(positions, p => Assert.Equal(1, label[(int)Math.Round(p.Row), (int)Math.Round(p.Column)]));
        Assert.True(inside / insideCount > 3 * (outside / outsideCount), "the mask must cover the bright objects");
    }

    [Fact]
    public void Segmentation_mask_covers_the_ellipse_area()
    {
        // Semi-axes 1.2 µm and 0.5 µm at 100 nm pixels: π·12·5 = 188.5 pixels.
        var ellipse = new Ellipse().WithPosition(new PixelPosition(32, 32)).WithRadius(1.2.Micrometers()).WithSecondRadius(0.5.Micrometers());
        var mask = (ellipse >> new SegmentationMask().WithOutputRegion(PixelRegion.Square(64))).Build().Resolve();
        Assert.InRange(mask.Sum(), 0.93 * Math.PI * 60, 1.07 * Math.PI * 60);
    }

    [Fact]
    public void Density_map_sums_to_the_number_of_objects_and_peaks_on_them()
    {
        var particle = new PointParticle().WithPosition(Distribution.UniformPosition(12, 52, 12, 52));
        var map = ((particle ^ 7) >> new DensityMap().WithOutputRegion(PixelRegion.Square(64)).WithSigma(1.5)).Build(seed: 2).Resolve();
        Assert.Equal(7, map.Sum(), 9);
        foreach (var p in map.Get(particle, q => q.Position))
        {
            Assert.True(map[(int)Math.Round(p.Row), (int)Math.Round(p.Column)] > 0.03);
        }
    }

    [Fact]
    public void Disk_mask_follows_the_output_region()
    {
        var particle = new PointParticle().WithPosition(new PixelPosition(40, 50));
        var mask = (particle >> new DiskMask().WithOutputRegion(new PixelRegion(30, 30, 32, 32)).WithRadius(2)).Build().Resolve();
        Assert.Equal(new PixelPosition(10, 20), mask.Get(particle, q => q.Position).Single());
        Assert.Equal(1, mask[10, 20]);
        Assert.Equal(1, mask[12, 20]);
        Assert.Equal(0, mask[13, 20]);
        Assert.Equal(13, mask.Sum());
    }

    [Fact]
    public void Spot_mask_is_a_gaussian_of_peak_one_about_each_object_and_keeps_a_dip_between_close_ones()
    {
        // Two objects 2 px apart on a row, off the pixel centres, σ = 0.8 px, in a region offset by (30, 30).
        var pair = new PointParticle().WithPosition(PropertyRule.ByReplica(path => new PixelPosition(40.3, 50.25 + 2 * path.Innermost))) ^ 2;
        var mask = (pair >> new SpotMask().WithOutputRegion(new PixelRegion(30, 30, 32, 32)).WithSigma(0.8)).Build().Resolve();
        double Gaussian(double dr, double dc) => Math.Exp(-(dr * dr + dc * dc) / (2 * 0.8 * 0.8));
        Assert.Equal(Gaussian(-0.3, -0.25), mask[10, 20], 12);
        Assert.Equal(Gaussian(-0.3, -0.25), mask[10, 22], 12);
        // Between them the larger of the two Gaussians, not their sum: a dip at column 21 (0.75 and 1.25 px away).
        Assert.Equal(Gaussian(-0.3, 0.75), mask[10, 21], 12);
        Assert.True(mask[10, 21] < mask[10, 20] && mask[10, 21] < mask[10, 22]);
        Assert.Equal(Gaussian(1.7, -0.25), mask[12, 20], 12);
        Assert.InRange(mask.AsReadOnlySpan().ToArray().Max(), 0, 1);
        Assert.Equal(0, mask[0, 0]);
    }

    [Fact]
    public void Bad_sigma_is_rejected_by_name()
    {
        var exception = Assert.Throws<PropertyValueException>(() => (new PointParticle().WithPosition(new PixelPosition(1, 1)) >> new DensityMap().WithSigma(0)).Build().Resolve());
        Assert.Contains("Sigma", exception.Message);
    }
}
