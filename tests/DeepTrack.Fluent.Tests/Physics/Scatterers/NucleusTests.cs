using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>The nucleus scatterer: the plain ellipse as its limit, the area πab, the bounds of its deformation, seeding.</summary>
public class NucleusTests
{
    private static readonly VoxelGrid Grid = new(100.Nanometers(), 1);

    private static NucleusObject Object(double deformation, double texture, ulong key = 7, int modes = 3) => new()
    {
        Position = new PixelPosition(0, 0),
        Radius = 1.5.Micrometers(),
        SecondRadius = 0.9.Micrometers(),
        Rotation = 30.Degrees(),
        Deformation = deformation,
        Modes = modes,
        Texture = texture,
        TextureScale = 2,
        Key = key,
    };

    private static double[] Values(Voxels voxels) => voxels.AsSpan().ToArray();

    [Fact]
    public void Without_deformation_and_texture_it_is_the_ellipse_voxel_for_voxel()
    {
        var ellipse = new EllipseObject { Position = new PixelPosition(0, 0), Radius = 1.5.Micrometers(), SecondRadius = 0.9.Micrometers(), Rotation = 30.Degrees() };
        foreach (var grid in new[] { Grid, new VoxelGrid(100.Nanometers(), 2, 3) })
        {
            var expected = ellipse.Voxelise(grid);
            var actual = Object(0, 0).Voxelise(grid);
            Assert.Equal(expected.Height, actual.Height);
            Assert.Equal(Values(expected), Values(actual));
        }
    }

    [Fact]
    public void The_texture_moves_light_inside_the_ellipse_and_keeps_its_total_pi_a_b()
    {
        // Semi-axes 15 and 9 pixels: area π·15·9 = 424.1 pixels; the voxel-centre discretisation is within 2 %.
        var plain = Values(Object(0, 0).Voxelise(Grid));
        var textured = Values(Object(0, 0.5).Voxelise(Grid));
        Assert.InRange(textured.Sum(), 0.98 * Math.PI * 15 * 9, 1.02 * Math.PI * 15 * 9);
        Assert.Equal(plain.Sum(), textured.Sum(), 9);
        // Light only where the ellipse is; dark voxels only where 1 + 0.5·g < 0 (g < −2: about 2 % of them).
        Assert.All(textured.Zip(plain), p => Assert.True(p.First == 0 || p.Second > 0));
        Assert.InRange(textured.Zip(plain).Count(p => p.Second > 0 && p.First == 0), 0, 0.06 * plain.Count(v => v > 0));
        // Inside, the brightness varies (a texture of strength 0.5: a standard deviation near 0.5).
        var inside = textured.Where(v => v > 0).ToArray();
        double mean = inside.Average(), sd = Math.Sqrt(inside.Average(v => (v - mean) * (v - mean)));
        Assert.InRange(sd, 0.2, 0.7);
    }

    [Fact]
    public void The_deformed_outline_stays_between_the_ellipses_scaled_by_one_minus_and_one_plus_the_deformation()
    {
        const double deformation = 0.3;
        for (ulong key = 1; key <= 5; key++)
        {
            var voxels = Object(deformation, 0, key).Voxelise(Grid);
            int half = voxels.Height / 2;
            double cos = Math.Cos(Math.PI / 6), sin = Math.Sin(Math.PI / 6);
            bool differs = false;
            for (int row = 0; row < voxels.Height; row++)
            {
                for (int column = 0; column < voxels.Width; column++)
                {
                    double x = column - half, y = row - half, u = (x * cos - y * sin) / 15, v = (x * sin + y * cos) / 9;
                    double rho = Math.Sqrt(u * u + v * v);
                    bool inside = voxels[row, column, 0] > 0;
                    if (rho < 1 - deformation)
                    {
                        Assert.True(inside, $"key {key}: ({row}, {column}) at ρ = {rho} must be inside");
                    }

                    if (rho >= 1 + deformation)
                    {
                        Assert.False(inside, $"key {key}: ({row}, {column}) at ρ = {rho} must be outside");
                    }

                    differs |= inside != rho < 1;
                }
            }

            Assert.True(differs, $"key {key}: the outline must differ from the ellipse");
            Assert.InRange(Values(voxels).Sum(), Math.PI * 15 * 9 * 0.7 * 0.7, Math.PI * 15 * 9 * 1.3 * 1.3);
        }
    }

    [Fact]
    public void The_outline_and_texture_follow_the_key_and_not_the_grid()
    {
        Assert.Equal(Values(Object(0.2, 0.4, key: 3).Voxelise(Grid)), Values(Object(0.2, 0.4, key: 3).Voxelise(Grid)));
        Assert.NotEqual(Values(Object(0.2, 0.4, key: 3).Voxelise(Grid)), Values(Object(0.2, 0.4, key: 4).Voxelise(Grid)));
        // The same outline at upscale 2: its area in camera pixels agrees with upscale 1 within the discretisation.
        double coarse = Values(Object(0.2, 0, key: 3).Voxelise(Grid)).Sum();
        double fine = Values(Object(0.2, 0, key: 3).Voxelise(new VoxelGrid(100.Nanometers(), 2))).Sum() / 8;
        Assert.InRange(fine / coarse, 0.97, 1.03);
    }

    [Fact]
    public void Nuclei_in_a_pipeline_are_seeded_and_emit_their_area_times_intensity()
    {
        var optics = new Fluorescence().WithNA(0.8).WithWavelength(600.Nanometers()).WithMagnification(10)
            .WithCameraPixelPitch(1.Micrometers()).WithPadding(20).WithOutputRegion(PixelRegion.Square(96));
        var nucleus = new Nucleus().WithRadius(0.8.Micrometers()).WithSecondRadius(0.6.Micrometers()).WithIntensity(2)
            .WithDeformation(0.2).WithTexture(0.4).WithPosition(Distribution.UniformPosition(30, 66, 30, 66));
        var pipeline = ((nucleus ^ 3) >> optics).Build(seed: 11);
        var first = pipeline.Sample(0).AsReadOnlySpan().ToArray();
        Assert.Equal(first, pipeline.Sample(0).AsReadOnlySpan().ToArray());
        Assert.NotEqual(first, pipeline.Sample(1).AsReadOnlySpan().ToArray());

        // An undeformed nucleus emits the light of the ellipse of its semi-axes (the texture only moves it about), and
        // that is close to Intensity · π·8·6 (the voxel discretisation and the PSF's tail outside the image).
        var at = new PixelPosition(48.3, 47.6);
        double nucleusTotal = ((nucleus.WithDeformation(0).WithPosition(at) ^ 1) >> optics).Build(seed: 11).Resolve().Sum();
        var ellipse = new Ellipse().WithRadius(0.8.Micrometers()).WithSecondRadius(0.6.Micrometers()).WithIntensity(2).WithPosition(at);
        double ellipseTotal = ((ellipse ^ 1) >> optics).Build(seed: 11).Resolve().Sum();
        Assert.Equal(1, nucleusTotal / ellipseTotal, 4);
        Assert.InRange(nucleusTotal, 0.85 * 2 * Math.PI * 48, 1.05 * 2 * Math.PI * 48);
    }

    [Fact]
    public void Bad_deformation_names_the_feature_and_property()
    {
        var error = Assert.Throws<PropertyValueException>(() => (new Nucleus().WithDeformation(1).WithPosition(new PixelPosition(8, 8)) ^ 1)
            .Build().Resolve());
        Assert.Contains("Nucleus", error.Message);
        Assert.Contains("Deformation", error.Message);
    }
}
