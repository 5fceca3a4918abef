using DeepTrack.Fluent.Physics;
using Xunit.Abstractions;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Voxelised scatterers: against DeepTrack 2.0's sphere, geometric volumes, rotation and upscale.</summary>
public class ScattererTests(ITestOutputHelper output)
{
    private static Fluorescence Optics(int size = 64, int padding = 10)
        => new Fluorescence().WithNA(0.8).WithWavelength(680.Nanometers()).WithMagnification(10)
            .WithCameraPixelPitch(1.Micrometers()).WithPadding(padding).WithOutputRegion(PixelRegion.Square(size));

    [Fact]
    public void Sphere_voxels_match_the_reference_volume()
    {
        var reference = Reference.Load("v_sphere_r0.5um_volume.json");
        var limits = reference.Extra.GetProperty("volume_limits_px").EnumerateArray().Select(a => a.EnumerateArray().Select(e => e.GetInt32()).ToArray()).ToArray();
        var optics = FluorescenceConformanceTests.OpticsOf(reference);
        var layout = optics.CheckedLayout();
        var sphere = new EllipsoidObject
        {
            Position = new PixelPosition(32, 32),
            Radius = 0.5.Micrometers(),
            SecondRadius = 0.5.Micrometers(),
            ThirdRadius = 0.5.Micrometers(),
            IncludeSurface = true,
        };
        var planes = VolumeRenderer.Render([sphere], layout, _ => 1.0);
        int n = reference.Shape[0];
        double worst = 0, total = 0;
        for (int k = 0; k < n; k++)
        {
            int z = limits[2][0] + k;
            var dense = planes.TryGetValue(z, out var plane) ? plane.MakeDense() : new double[layout.GridHeight * layout.GridWidth];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    int row = limits[0][0] + i - layout.OriginRow, column = limits[1][0] + j - layout.OriginColumn;
                    double actual = dense[row * layout.GridWidth + column];
                    worst = Math.Max(worst, Math.Abs(actual - reference.Values[(i * n + j) * n + k]));
                    total += actual;
                }
            }
        }

        Assert.True(worst < 1e-9, $"largest voxel difference {worst}");
        Assert.Equal(reference.Extra.GetProperty("voxel_sum").GetDouble(), total, 9);
    }

    [Fact]
    public void Sphere_image_matches_the_reference()
    {
        var reference = Reference.Load("v_fluo_sphere_r0.5um_64.json");
        var sphere = new Sphere().WithRadius(Length.FromMeters(reference.Params.GetProperty("radius_m").GetDouble()))
            .WithPosition(FluorescenceConformanceTests.PositionOf(reference));
        var image = (sphere >> FluorescenceConformanceTests.OpticsOf(reference)).Build().Resolve();
        Assert.Equal(ImageMath.ArgMax(reference.Values), ImageMath.ArgMax(image.AsReadOnlySpan()));
        double difference = ImageMath.RelativeDifference(image.AsReadOnlySpan(), reference.Values);
        output.WriteLine($"sphere: max |Δ| / peak after unit-sum normalisation = {difference:E2}");
        Assert.True(difference < 1e-6, $"difference {difference:E3}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Sphere_emits_its_volume_whatever_the_upscale(int upscale)
    {
        // 0.6 µm radius = 6 pixels: 4/3·π·6³ = 904.8 cubic pixels of emitter.
        var image = (new Sphere().WithRadius(0.6.Micrometers()).WithPosition(new PixelPosition(24, 24)) >> Optics(48, 12).WithUpscale(upscale)).Build().Resolve();
        double expected = 4.0 / 3 * Math.PI * 216;
        output.WriteLine($"upscale {upscale}: {image.Sum():F1} of {expected:F1}");
        Assert.InRange(image.Sum() / expected, 0.95, 1.03);
    }

    [Fact]
    public void Point_particle_image_does_not_depend_on_upscale_beyond_sampling()
    {
        var particle = new PointParticle().WithPosition(new PixelPosition(20, 20)).WithIntensity(10);
        var plain = (particle >> Optics(40)).Build().Resolve();
        var upscaled = (particle >> Optics(40).WithUpscale(2)).Build().Resolve();
        Assert.Equal(plain.Sum(), upscaled.Sum(), 2);
        Assert.Equal(ImageMath.ArgMax(plain.AsReadOnlySpan()), ImageMath.ArgMax(upscaled.AsReadOnlySpan()));
    }

    [Fact]
    public void Ellipse_covers_its_area_and_follows_its_rotation()
    {
        // Semi-axes 1.5 µm and 0.6 µm = 15 and 6 pixels: area π·15·6 = 282.7 pixels, one pixel thick.
        var flat = new EllipseObject { Position = new PixelPosition(0, 0), Radius = 1.5.Micrometers(), SecondRadius = 0.6.Micrometers() };
        var grid = new VoxelGrid(100.Nanometers(), 1);
        Assert.InRange(flat.Voxelise(grid).AsSpan().ToArray().Sum(), 0.97 * Math.PI * 90, 1.03 * Math.PI * 90);

        var rotated = (flat with { Rotation = 90.Degrees() }).Voxelise(grid);
        var (rowSpread, columnSpread) = Spread(rotated);
        Assert.True(rowSpread > 4 * columnSpread, $"rotated by 90°, the long axis must run along the rows ({rowSpread} vs {columnSpread})");
        var (rowSpread0, columnSpread0) = Spread(flat.Voxelise(grid));
        Assert.True(columnSpread0 > 4 * rowSpread0);

        var upscaled = flat.Voxelise(new VoxelGrid(100.Nanometers(), 2));
        Assert.InRange(upscaled.AsSpan().ToArray().Sum() / 8, 0.97 * Math.PI * 90, 1.03 * Math.PI * 90);
    }

    [Fact]
    public void Counter_clockwise_rotation_tilts_the_long_axis_up_to_the_right()
    {
        var ellipse = new EllipseObject { Position = new PixelPosition(0, 0), Radius = 1.5.Micrometers(), SecondRadius = 0.3.Micrometers(), Rotation = 45.Degrees() };
        var voxels = ellipse.Voxelise(new VoxelGrid(100.Nanometers(), 1));
        int half = voxels.Height / 2;
        Assert.Equal(0, voxels[half + 10, half + 10, 0]);
        Assert.NotEqual(0, voxels[half - 10, half + 10, 0]);
    }

    [Fact]
    public void Ellipsoid_has_the_volume_of_its_semi_axes_and_rotates()
    {
        var ellipsoid = new EllipsoidObject { Position = new PixelPosition(0, 0), Radius = 1.2.Micrometers(), SecondRadius = 0.6.Micrometers(), ThirdRadius = 0.4.Micrometers() };
        var grid = new VoxelGrid(100.Nanometers(), 1);
        double expected = 4.0 / 3 * Math.PI * 12 * 6 * 4;
        Assert.InRange(ellipsoid.Voxelise(grid).AsSpan().ToArray().Sum(), 0.95 * expected, 1.05 * expected);
        var (rowSpread, columnSpread) = Spread(ellipsoid.Voxelise(grid));
        Assert.True(columnSpread > 3 * rowSpread);
        var turned = (ellipsoid with { Rotation = 90.Degrees() }).Voxelise(grid);
        var (rowSpread90, columnSpread90) = Spread(turned);
        Assert.True(rowSpread90 > 3 * columnSpread90);
    }

    [Fact]
    public void Bad_radius_is_rejected_by_name()
    {
        var exception = Assert.Throws<PropertyValueException>(() => (new Sphere().WithRadius(Length.FromMeters(-1e-6)).WithPosition(new PixelPosition(3, 3)) >> Optics()).Build().Resolve());
        Assert.Contains("Radius", exception.Message);
        Assert.Contains("Sphere", exception.Message);
    }

    [Fact]
    public void Ground_truth_of_five_ellipses_is_their_positions()
    {
        var ellipse = new Ellipse().WithRadius(0.4.Micrometers()).WithSecondRadius(0.25.Micrometers())
            .WithRotation(Distribution.Uniform(0, Math.PI).Select(r => new Angle(r)))
            .WithPosition(Distribution.UniformPosition(8, 56, 8, 56));
        var image = ((ellipse ^ 5) >> Optics()).Build(seed: 4).Resolve();
        var positions = image.Get(ellipse, e => e.Position);
        Assert.Equal(5, positions.Count);
        foreach (var position in positions)
        {
            Assert.True(image[(int)Math.Round(position.Row), (int)Math.Round(position.Column)] > 0.2 * image.AsReadOnlySpan().ToArray().Max());
        }
    }

    [Fact]
    public void Ellipsoid_rotations_are_deeptrack_2s_with_the_angles_negated()
    {
        // DeepTrack 2.0's masks (empty slices cropped) for radius (0.5, 0.3, 0.2) µm at 100 nm pixels, upscale (1, 1, 1) and (2, 2, 1).
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(DeepTrack.Fluent.Testing.RepositoryPaths.Reference("viii_ellipsoid_rotations.json")));
        int cases = 0;
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var scale = item.GetProperty("upscale").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var rotation = item.GetProperty("rotation").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var shape = item.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var expected = item.GetProperty("values").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var ellipsoid = new EllipsoidObject
            {
                Position = new PixelPosition(0, 0),
                Radius = 0.5.Micrometers(),
                SecondRadius = 0.3.Micrometers(),
                ThirdRadius = 0.2.Micrometers(),
                Rotation = new Angle(-rotation[0]),
                SecondRotation = new Angle(-rotation[1]),
                ThirdRotation = new Angle(-rotation[2]),
            };
            var voxels = Crop(ellipsoid.Voxelise(new VoxelGrid(100.Nanometers(), scale[0], scale[2])));
            Assert.Equal((shape[0], shape[1], shape[2]), Extents(voxels));
            int differences = 0;
            for (int i = 0; i < shape[0]; i++)
            {
                for (int j = 0; j < shape[1]; j++)
                {
                    for (int k = 0; k < shape[2]; k++)
                    {
                        differences += voxels[i, j, k] == expected[(i * shape[1] + j) * shape[2] + k] ? 0 : 1;
                    }
                }
            }

            Assert.True(differences == 0, $"rotation ({string.Join(", ", rotation)}), upscale ({string.Join(", ", scale)}): {differences} voxels differ");
            cases++;
        }

        Assert.Equal(10, cases);
    }

    [Fact]
    public void Ellipsoid_second_rotation_tilts_about_the_columns_and_third_about_the_rows()
    {
        // Semi-axes 1.5 (columns), 0.6 (rows), 0.3 µm (z). A quarter turn about the column axis swaps rows and z; about the rows, columns and z.
        var ellipsoid = new EllipsoidObject { Position = new PixelPosition(0, 0), Radius = 1.5.Micrometers(), SecondRadius = 0.6.Micrometers(), ThirdRadius = 0.3.Micrometers() };
        var grid = new VoxelGrid(100.Nanometers(), 1);
        var (rows, columns, depth) = Extents(Crop(ellipsoid.Voxelise(grid)));
        Assert.Equal((11, 29, 5), (rows, columns, depth));
        Assert.Equal((5, 29, 11), Extents(Crop((ellipsoid with { SecondRotation = 90.Degrees() }).Voxelise(grid))));
        Assert.Equal((11, 5, 29), Extents(Crop((ellipsoid with { ThirdRotation = 90.Degrees() }).Voxelise(grid))));
    }

    private static (int, int, int) Extents(int[,,] voxels) => (voxels.GetLength(0), voxels.GetLength(1), voxels.GetLength(2));

    /// <summary>The voxels as 0/1, cropped to the non-empty rows, columns and planes (DeepTrack 2.0's crop_empty; convex objects have empty slices only at the borders).</summary>
    private static int[,,] Crop(Voxels voxels)
    {
        int[] low = [int.MaxValue, int.MaxValue, int.MaxValue], high = [-1, -1, -1];
        for (int i = 0; i < voxels.Height; i++)
        {
            for (int j = 0; j < voxels.Width; j++)
            {
                for (int k = 0; k < voxels.Depth; k++)
                {
                    if (voxels[i, j, k] != 0)
                    {
                        int[] index = [i, j, k];
                        for (int axis = 0; axis < 3; axis++)
                        {
                            low[axis] = Math.Min(low[axis], index[axis]);
                            high[axis] = Math.Max(high[axis], index[axis]);
                        }
                    }
                }
            }
        }

        var result = new int[high[0] - low[0] + 1, high[1] - low[1] + 1, high[2] - low[2] + 1];
        for (int i = 0; i < result.GetLength(0); i++)
        {
            for (int j = 0; j < result.GetLength(1); j++)
            {
                for (int k = 0; k < result.GetLength(2); k++)
                {
                    result[i, j, k] = voxels[low[0] + i, low[1] + j, low[2] + k] != 0 ? 1 : 0;
                }
            }
        }

        return result;
    }

    private static (double Rows, double Columns) Spread(Voxels voxels)
    {
        double total = 0, rr = 0, cc = 0, r0 = 0, c0 = 0;
        for (int i = 0; i < voxels.Height; i++)
        {
            for (int j = 0; j < voxels.Width; j++)
            {
                for (int k = 0; k < voxels.Depth; k++)
                {
                    double v = voxels[i, j, k];
                    total += v;
                    r0 += v * i;
                    c0 += v * j;
                }
            }
        }

        r0 /= total;
        c0 /= total;
        for (int i = 0; i < voxels.Height; i++)
        {
            for (int j = 0; j < voxels.Width; j++)
            {
                for (int k = 0; k < voxels.Depth; k++)
                {
                    double v = voxels[i, j, k];
                    rr += v * (i - r0) * (i - r0);
                    cc += v * (j - c0) * (j - c0);
                }
            }
        }

        return (rr / total, cc / total);
    }
}
