using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Labels;

/// <summary>The volume label: a sphere of disks in (row, column, z bin) space, against lattice-point counts of disks.</summary>
public class VolumeMaskTests
{
    // Ten bins of width 2 from 0 to 20: bin b's centre is z = 2b + 1.
    private static readonly AxialBins Bins = new(0, 20, 10);

    [Fact]
    public void A_particle_at_a_bin_centre_is_a_stack_of_disks_with_the_radii_of_a_sphere()
    {
        var volume = Label(new PixelPosition(16, 16), z: 11, radius: 3, axialRadius: 3);
        Assert.Equal((32, 32, 10), (volume.Height, volume.Width, volume.Depth));
        // Lattice points in disks of squared radius 9·(1 − d²/9) for bin distances d = 0, 1, 2, 3: 29, 25, 21 and 1
        // (Gauss's circle problem: N(r²) = 29 for r² = 9, 25 for 8, 21 for 5, 1 for 0).
        int[] expected = [0, 0, 1, 21, 25, 29, 25, 21, 1, 0];
        Assert.Equal(expected, Enumerable.Range(0, 10).Select(b => PlaneCount(volume, b)).ToArray());
        Assert.Equal(1, volume[16, 16, 5]);
        Assert.Equal(1, volume[16, 19, 5]);
        Assert.Equal(0, volume[16, 19, 4]);
        Assert.Equal(1, volume[16, 16, 2]);
        Assert.Equal(0, volume[16, 17, 2]);
    }

    [Fact]
    public void Between_bin_centres_the_label_is_symmetric_about_the_particles_bin_coordinate()
    {
        // z = 10 is bin coordinate 4.5: planes 4 and 5, 3 and 6, 2 and 7 hold the same disks, so the weighted mean bin is 4.5.
        var volume = Label(new PixelPosition(16, 16), z: 10, radius: 3, axialRadius: 3);
        var counts = Enumerable.Range(0, 10).Select(b => PlaneCount(volume, b)).ToArray();
        for (int d = 0; d < 5; d++)
        {
            Assert.Equal(counts[4 - d], counts[5 + d]);
        }

        Assert.Equal(4.5, counts.Select((c, b) => (double)c * b).Sum() / counts.Sum(), 12);
        Assert.True(counts[4] > 0 && counts[1] == 0, string.Join(",", counts));
    }

    [Fact]
    public void The_axial_radius_is_in_bins_and_the_lateral_radius_in_pixels()
    {
        // Lateral radius 2, axial radius 1: only the particle's own bin has a disk (of N(4) = 13 points); neighbouring bins at distance 1 get the centre only.
        var volume = Label(new PixelPosition(10, 20), z: 7, radius: 2, axialRadius: 1);
        int[] expected = [0, 0, 1, 13, 1, 0, 0, 0, 0, 0];
        Assert.Equal(expected, Enumerable.Range(0, 10).Select(b => PlaneCount(volume, b)).ToArray());
        Assert.Equal(1, volume[10, 22, 3]);
        Assert.Equal(1, volume[10, 20, 4]);
    }

    [Fact]
    public void The_output_region_shifts_the_label_like_the_optics()
    {
        var particle = new PointParticle().WithPosition(new PixelPosition(30, 40)).WithZ(11);
        var shifted = (particle >> new VolumeMask().WithOutputRegion(new PixelRegion(20, 30, 32, 32)).WithBins(Bins)).Build().Resolve();
        Assert.Equal(1, shifted[10, 10, 5]);
        Assert.Equal(0, shifted[10, 14, 5]);
        Assert.Equal(29, PlaneCount(shifted, 5));
    }

    [Fact]
    public void A_particle_at_the_end_of_the_range_is_cut_and_a_margin_keeps_it_whole()
    {
        // z = 0 is bin coordinate −0.5: only bins 0, 1 and 2 (distances 0.5, 1.5, 2.5) lie within the sphere.
        var cut = Label(new PixelPosition(16, 16), z: 0, radius: 3, axialRadius: 3);
        Assert.Equal([0, 1, 2], Enumerable.Range(0, 10).Where(b => PlaneCount(cut, b) > 0).ToArray());

        // Three bins of margin: the same particle is at bin coordinate 2.5, and its sphere (six planes) is whole.
        var margin = Bins.WithMargin(3);
        Assert.Equal((-6.0, 26.0, 16), (margin.Minimum, margin.Maximum, margin.Count));
        var whole = (new PointParticle().WithPosition(new PixelPosition(16, 16)).WithZ(0)
            >> new VolumeMask().WithOutputRegion(PixelRegion.Square(32)).WithBins(margin)).Build().Resolve();
        var counts = Enumerable.Range(0, 16).Select(b => PlaneCount(whole, b)).ToArray();
        Assert.Equal([0, 1, 2, 3, 4, 5], Enumerable.Range(0, 16).Where(b => counts[b] > 0).ToArray());
        Assert.Equal(2.5, counts.Select((c, b) => (double)c * b).Sum() / counts.Sum(), 12);
        Assert.Equal(counts[3], PlaneCount(cut, 0));
    }

    [Fact]
    public void Several_particles_each_get_their_sphere()
    {
        var first = new PointParticle().WithPosition(new PixelPosition(8, 8)).WithZ(3);
        var second = new PointParticle().WithPosition(new PixelPosition(24, 24)).WithZ(15);
        var image = (first >> second >> new VolumeMask().WithOutputRegion(PixelRegion.Square(32)).WithBins(Bins)).Build().Resolve();
        Assert.Equal(1, image[8, 8, 1]);
        Assert.Equal(1, image[24, 24, 7]);
        Assert.Equal(0, image[8, 8, 7]);
        Assert.Equal(0, image[24, 24, 1]);
    }

    [Fact]
    public void A_volume_mask_without_bins_names_the_property()
    {
        var mask = new VolumeMask().WithOutputRegion(PixelRegion.Square(8));
        var error = Assert.Throws<MissingPropertyValueException>(() => (new PointParticle().WithPosition(new PixelPosition(4, 4)) >> mask).Build().Resolve());
        Assert.Contains("Bins", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Axial_bins_convert_between_z_and_bin_coordinates()
    {
        Assert.Equal(2, Bins.Width);
        Assert.Equal(0, Bins.ToBin(1), 12);
        Assert.Equal(-0.5, Bins.ToBin(0), 12);
        Assert.Equal(9.5, Bins.ToBin(20), 12);
        Assert.Equal(12.4, Bins.ToZ(Bins.ToBin(12.4)), 12);
        Assert.Equal(8.0, Bins.ToZ(3.5), 12);
    }

    [Theory]
    [InlineData(0.0, 0.0, 4, "maximum")]
    [InlineData(5.0, 1.0, 4, "maximum")]
    [InlineData(double.NaN, 1.0, 4, "maximum")]
    [InlineData(0.0, double.PositiveInfinity, 4, "maximum")]
    [InlineData(0.0, 1.0, 0, "count")]
    public void Axial_bins_reject_an_empty_range_or_no_bins(double minimum, double maximum, int count, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AxialBins(minimum, maximum, count));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("AxialBins", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Bins.WithMargin(-1));
    }

    private static Image<double> Label(PixelPosition position, double z, double radius, double axialRadius)
        => (new PointParticle().WithPosition(position).WithZ(z)
            >> new VolumeMask().WithOutputRegion(PixelRegion.Square(32)).WithBins(Bins).WithRadius(radius).WithAxialRadius(axialRadius)).Build().Resolve();

    private static int PlaneCount(Image<double> volume, int bin)
    {
        int count = 0;
        foreach (double v in volume.Plane(bin))
        {
            count += v == 1 ? 1 : v == 0 ? 0 : throw new InvalidOperationException($"a label voxel is {v}");
        }

        return count;
    }
}
