using DeepTrack.Fluent;
using DeepTrack.Fluent.Tracking;
using Xunit.Abstractions;

namespace DeepTrack.Fluent.Torch.Tests;

/// <summary>Model outputs to detection tables, against maps drawn at known sub-pixel positions.</summary>
public sealed class ModelDetectionsTests(ITestOutputHelper output)
{
    private const double Sigma = 1.5;

    [Fact]
    public void Density_maxima_are_refined_to_the_drawn_sub_pixel_positions()
    {
        // Three frames of sampled Gaussians (σ = 1.5 px, each summing to 1) at random sub-pixel positions on a grid.
        var random = new Random(7);
        var truth = Enumerable.Range(0, 3).Select(_ => Grid(random, 64, 16)).ToArray();
        var maps = truth.Select(positions => Gaussians(64, positions, noise: 0, random)).ToArray();

        double Error(SubpixelMethod method, int radius = 3)
        {
            var table = ModelDetections.FromDensity(maps, threshold: 0.02, radius, method);
            Assert.Equal(truth.Sum(t => t.Count), table.Count);
            return MaximumError(table, truth);
        }

        double gaussian = Error(SubpixelMethod.Gaussian), quadratic = Error(SubpixelMethod.Quadratic), centroid = Error(SubpixelMethod.Centroid), none = Error(SubpixelMethod.None);
        output.WriteLine($"largest error: Gaussian {gaussian:E2}, quadratic {quadratic:F4}, centroid {centroid:F4}, none {none:F4} px");
        // Exact for one sampled Gaussian; what is left (measured 1.5e-7 px) is the tails of the neighbours, ≥ 8 px away (e^(−8²/(2σ²)) ≈ 7e-7).
        Assert.True(gaussian < 1e-5, $"Gaussian {gaussian}");
        Assert.True(quadratic < 0.1, $"quadratic {quadratic}");
        Assert.True(centroid < 0.1, $"centroid {centroid}");
        Assert.InRange(none, 0.3, Math.Sqrt(0.5));                       // pixel centres: up to half a pixel per axis

        // The mass in a 7×7 window is the Gaussian's share of it: about (erf(3.5 / (1.5 √2)))² ≈ 0.96 of each object.
        var masses = ModelDetections.FromDensity(maps, 0.02, 3).Select(d => d["mass"]).ToArray();
        Assert.All(masses, m => Assert.InRange(m, 0.93, 1.0));
    }

    [Fact]
    public void With_noise_the_refined_positions_stay_within_a_tenth_of_a_pixel()
    {
        // Peaks of height ≈ 0.07 with noise of 2 % of the peak (SNR 50); 96 objects.
        var random = new Random(8);
        var truth = Enumerable.Range(0, 6).Select(_ => Grid(random, 64, 16)).ToArray();
        var maps = truth.Select(positions => Gaussians(64, positions, noise: 0.0014, random)).ToArray();
        foreach (var method in new[] { SubpixelMethod.Gaussian, SubpixelMethod.Centroid })
        {
            var table = ModelDetections.FromDensity(maps, threshold: 0.03, radius: 3, method);
            Assert.Equal(96, table.Count);
            double rms = RmsError(table, truth);
            output.WriteLine($"{method}: rms error {rms:F4} px");
            Assert.True(rms < 0.1, $"{method}: rms {rms}");
        }
    }

    [Fact]
    public void Segmentation_maps_give_weighted_centroids_areas_and_empty_frames()
    {
        // Soft disks of radius 3 px (a probability falling from 1 to 0 over about a pixel at the rim) at known positions.
        var random = new Random(9);
        var truth = new[] { Grid(random, 48, 16), new List<PixelPosition>(), Grid(random, 48, 16) };
        var maps = truth.Select(positions =>
        {
            var map = new Image<double>(48, 48);
            var pixels = map.AsWritableSpan();
            for (int i = 0; i < pixels.Length; i++)
            {
                foreach (var p in positions)
                {
                    double d = Math.Sqrt(Math.Pow((i / 48) - p.Row, 2) + Math.Pow((i % 48) - p.Column, 2));
                    pixels[i] = Math.Max(pixels[i], 1 / (1 + Math.Exp((d - 3) / 0.3)));
                }
            }

            return map;
        }).ToArray();
        var table = ModelDetections.FromSegmentation(maps, threshold: 0.5);
        Assert.Equal(18, table.Count);
        Assert.Empty(table.InFrame(1).ToArray());
        Assert.Equal(["area", "signal"], table.PropertyNames);
        Assert.Equal("px²", table.PropertyUnits["area"]);
        Assert.All(table, d => Assert.InRange(d["area"], 25, 33));      // π · 3² ≈ 28 pixels
        double error = MaximumError(table, truth);
        output.WriteLine($"segmentation centroid: largest error {error:F4} px");
        Assert.True(error < 0.06, $"error {error}");                      // measured 0.046 px: the rim sampled on the pixel grid
    }

    [Fact]
    public void Regressed_positions_are_scaled_into_pixels_and_bad_outputs_are_named()
    {
        var table = ModelDetections.FromPositions([[0.5f, 0.25f], [0.75f, 0.5f, 0.1f, 0.2f]], scale: 64);
        Assert.Equal(3, table.Count);
        Assert.Equal((16.0, 32.0), (table[0].X, table[0].Y));            // x = column, y = row
        Assert.Equal(1, table[2].Frame);
        Assert.Equal(6.4, table[2].Y, 5);

        Assert.Contains("frame 1 has 3 values", Assert.Throws<ArgumentException>(() => ModelDetections.FromPositions([[0f, 0f], [1f, 2f, 3f]])).Message);
        Assert.Contains("frame 0 is 2 planes", Assert.Throws<ArgumentException>(() => ModelDetections.FromDensity([new Image<double>(8, 8, 2)], 0.1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelDetections.FromDensity([new Image<double>(8, 8)], double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelDetections.FromDensity([new Image<double>(8, 8)], 0.1, radius: 0));
    }

    [Fact]
    public void A_plateau_is_one_maximum()
    {
        var map = new Image<double>(9, 9);
        map[4, 4] = 1;
        map[4, 5] = 1;
        var found = ModelDetections.FromDensity([map], 0.5, radius: 2, SubpixelMethod.Centroid);
        Assert.Single(found);
        Assert.Equal((4.5, 4.0), (found[0].X, found[0].Y));
    }

    /// <summary>One position per cell of a grid of <paramref name="cell"/>-pixel cells, anywhere in the cell's central half.</summary>
    private static List<PixelPosition> Grid(Random random, int size, int cell)
    {
        var positions = new List<PixelPosition>();
        for (int top = 0; top < size; top += cell)
        {
            for (int left = 0; left < size; left += cell)
            {
                positions.Add(new PixelPosition(top + (cell / 4.0) + (random.NextDouble() * cell / 2), left + (cell / 4.0) + (random.NextDouble() * cell / 2)));
            }
        }

        return positions;
    }

    /// <summary>Gaussians sampled at pixel centres, each normalised to sum to 1 (as the library's DensityMap), plus Gaussian noise.</summary>
    private static Image<double> Gaussians(int size, IReadOnlyList<PixelPosition> positions, double noise, Random random)
    {
        var map = new Image<double>(size, size);
        var pixels = map.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            foreach (var p in positions)
            {
                double dr = (i / size) - p.Row, dc = (i % size) - p.Column;
                pixels[i] += Math.Exp(-((dr * dr) + (dc * dc)) / (2 * Sigma * Sigma)) / (2 * Math.PI * Sigma * Sigma);
            }

            double u = 1 - random.NextDouble(), v = random.NextDouble();
            pixels[i] += noise * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
        }

        return map;
    }

    private static IEnumerable<double> Errors(DetectionTable table, IReadOnlyList<IReadOnlyList<PixelPosition>> truth)
        => table.Select(d => truth[d.Frame].Min(p => Math.Sqrt(Math.Pow(p.Column - d.X, 2) + Math.Pow(p.Row - d.Y, 2))));

    private static double MaximumError(DetectionTable table, IReadOnlyList<IReadOnlyList<PixelPosition>> truth) => Errors(table, truth).Max();

    private static double RmsError(DetectionTable table, IReadOnlyList<IReadOnlyList<PixelPosition>> truth) => Math.Sqrt(Errors(table, truth).Average(e => e * e));
}
