using DeepTrack.Fluent;
using DeepTrack.Fluent.Labels;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>3-D detection from predicted volumes, against volumes drawn at known sub-bin positions, and the volume label as a (C, H, W) target.</summary>
public sealed class VolumeSegmentationTests
{
    [Fact]
    public void The_centroid_of_a_sampled_Gaussian_blob_is_its_centre_between_bins()
    {
        // A sampled Gaussian with σ ≥ 1 sample has its weighted mean at its centre to within e^(−2π²σ²) (Poisson summation),
        // so without a threshold the detection must give the drawn (row, column, bin) to rounding.
        var bins = new AxialBins(0, 32, 16);
        var volume = Blob(24, 24, bins.Count, row: 10.3, column: 12.6, bin: 7.4, sigma: 1.5, axialSigma: 1.2);
        var found = Assert.Single(VolumeSegmentation.Detect(volume, bins, threshold: 0));
        Assert.Equal(10.3, found.Row, 6);
        Assert.Equal(12.6, found.Column, 6);
        Assert.Equal(7.4, found.Bin, 6);
        Assert.Equal(bins.ToZ(7.4), found.Z, 6);
        Assert.Equal(15.8, found.Z, 6);                     // bin 7.4 of width 2 from 0: (7.4 + ½)·2
        Assert.Equal(24 * 24 * 16, found.Voxels);
        Assert.Equal(volume.AsReadOnlySpan().ToArray().Max(), found.Score);
    }

    [Fact]
    public void A_volume_label_is_found_at_its_particles_position_and_z_between_bin_centres()
    {
        // The binary sphere of a VolumeMask (radius 3): its disks shrink with the distance d from the particle's bin
        // coordinate, so the mean bin follows z between bin centres. The continuous sphere's disk areas π(9 − d²) would put
        // it within 0.01 bins; the disks' lattice-point counts change in steps of 4 or 8 points (5, 9, 13, 21, 25, 29), which
        // moves it by up to about a fifth of a bin, and by nothing on average over a bin. At pixel centres the disks are
        // symmetric, so row and column are exact.
        var bins = new AxialBins(0, 40, 20);
        var errors = new List<double>();
        for (int k = 0; k < 50; k++)
        {
            double z = 10 + (k * 2.0 / 50);                    // one bin width in 50 steps
            var particle = new PointParticle().WithPosition(new PixelPosition(16, 17)).WithZ(z);
            var volume = (particle >> new VolumeMask().WithOutputRegion(PixelRegion.Square(32)).WithBins(bins)).Build().Resolve();
            var found = Assert.Single(VolumeSegmentation.Detect(volume, bins, threshold: 0.5));
            Assert.Equal(16, found.Row, 9);
            Assert.Equal(17, found.Column, 9);
            Assert.Equal(bins.ToZ(found.Bin), found.Z, 9);
            errors.Add(found.Bin - bins.ToBin(z));
        }

        Assert.True(errors.Max(Math.Abs) < 0.25, $"largest error {errors.Max(Math.Abs):F3} bins");
        Assert.True(Math.Abs(errors.Average()) < 0.02, $"mean error {errors.Average():F4} bins");
    }

    [Fact]
    public void Components_are_26_connected_and_small_ones_are_dropped()
    {
        var bins = new AxialBins(0, 8, 8);
        var pixels = new double[8 * 8 * 8];
        void Set(int row, int column, int bin, double value) => pixels[(bin * 64) + (row * 8) + column] = value;
        Set(1, 1, 1, 0.9);
        Set(2, 2, 2, 0.9);                                  // touches (1, 1, 1) only at a corner: the same component
        Set(6, 6, 6, 0.8);                                  // alone: one voxel
        var volume = Image<double>.FromArray(pixels, 8, 8, 8);

        var all = VolumeSegmentation.Detect(volume, bins, 0.5);
        Assert.Equal(2, all.Count);
        Assert.Equal(2, all[0].Voxels);
        Assert.All(new[] { all[0].Row, all[0].Column, all[0].Bin }, v => Assert.Equal(1.5, v, 12));
        Assert.Equal((6.0, 6.0, 6.0, 1), (all[1].Row, all[1].Column, all[1].Bin, all[1].Voxels));
        Assert.Equal(0.8, all[1].Score);
        Assert.Single(VolumeSegmentation.Detect(volume, bins, 0.5, minimumVoxels: 2));
        Assert.Empty(VolumeSegmentation.Detect(volume, bins, 0.95));
    }

    [Fact]
    public void Frames_of_volumes_become_a_detection_table_with_z()
    {
        var bins = new AxialBins(-5, 35, 20);
        var frames = new[] { (10.0, 11.0, 12.4), (12.0, 9.0, 20.0) }.Select(p =>
            Blob(24, 24, bins.Count, p.Item1, p.Item2, bins.ToBin(p.Item3), 1.5, 1.2)).ToArray();
        var table = ModelDetections.FromVolumes(frames, bins, threshold: 0);
        Assert.Equal(2, table.Count);
        Assert.Equal([0, 1], table.Select(d => d.Frame));
        Assert.Equal([11.0, 9.0], table.Select(d => Math.Round(d.X, 6)));
        Assert.Equal([10.0, 12.0], table.Select(d => Math.Round(d.Y, 6)));
        Assert.Equal([12.4, 20.0], table.Select(d => Math.Round(d["z"], 6)));
        Assert.Equal("px", table.PropertyUnits["z"]);
        Assert.Equal(["signal", "voxels", "z"], table.PropertyNames.Order());
    }

    [Fact]
    public void A_volume_that_does_not_fit_the_bins_is_refused()
    {
        var bins = new AxialBins(0, 10, 5);
        var volume = new Image<double>(8, 8, 4);
        var error = Assert.Throws<ArgumentException>(() => VolumeSegmentation.Detect(volume, bins));
        Assert.Contains("4 planes", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ModelDetections.FromVolumes([volume], bins));
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeSegmentation.Detect(new Image<double>(8, 8, 5), bins, minimumVoxels: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeSegmentation.Detect(new Image<double>(8, 8, 5), bins, threshold: double.NaN));
    }

    [Fact]
    public void A_volume_label_encodes_as_a_target_with_one_channel_per_bin()
    {
        var bins = new AxialBins(0, 12, 6);
        var particle = new PointParticle().WithPosition(new PixelPosition(5, 9)).WithZ(7);   // bin coordinate 3
        var sample = particle ^ 1;
        var pipeline = ((sample >> new DiskMask().WithOutputRegion(new PixelRegion(0, 0, 12, 16)).WithRadius(1))
            & (sample >> new VolumeMask().WithOutputRegion(new PixelRegion(0, 0, 12, 16)).WithBins(bins).WithRadius(2).WithAxialRadius(1))).Build(seed: 1);
        var encoder = SampleEncoder.From<(Image<double> Image, Image<double> Volume)>(s => s.Image).WithImageLabels(s => s.Volume);
        var encoded = encoder.Encode(pipeline.Resolve(), 0, out var shape);
        Assert.Equal([6, 12, 16], shape.Label);
        Assert.Equal([1, 12, 16], shape.Input);
        // Channel 3 holds the disk of radius 2 (13 pixels) about (5, 9); channels 2 and 4 only its centre.
        float At(int channel, int row, int column) => encoded.Label[(channel * 12 * 16) + (row * 16) + column];
        Assert.Equal(13f, Enumerable.Range(0, 12 * 16).Sum(i => encoded.Label[(3 * 12 * 16) + i]));
        Assert.Equal(1f, At(3, 5, 11));
        Assert.Equal(1f, At(2, 5, 9));
        Assert.Equal(0f, At(2, 5, 10));
        Assert.Equal(0f, At(0, 5, 9));
    }

    private static Image<double> Blob(int height, int width, int depth, double row, double column, double bin, double sigma, double axialSigma)
    {
        var pixels = new double[height * width * depth];
        for (int b = 0; b < depth; b++)
        {
            for (int r = 0; r < height; r++)
            {
                for (int c = 0; c < width; c++)
                {
                    pixels[(b * height * width) + (r * width) + c] = Math.Exp(-(((r - row) * (r - row)) + ((c - column) * (c - column))) / (2 * sigma * sigma)
                        - ((b - bin) * (b - bin) / (2 * axialSigma * axialSigma)));
                }
            }
        }

        return Image<double>.FromArray(pixels, height, width, depth);
    }
}
