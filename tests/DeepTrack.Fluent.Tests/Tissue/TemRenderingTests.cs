using DeepTrack.Fluent.Tissue;

namespace DeepTrack.Fluent.Tests.Tissue;

public class TemRenderingTests
{
    private static Image<double> Render(TemRendering rendering, Image<double> mask, ulong seed = 1)
        => (Feature.Constant(mask) >> rendering).Build(seed).Resolve();

    /// <summary>A 40×40 mask: a membrane along row 5 and one mitochondrion, an ellipse of semi-axes 14 and 5 centred at (22, 20), long along <paramref name="alongColumns"/>.</summary>
    private static Image<double> Mask(bool alongColumns)
    {
        var mask = new Image<double>(40, 40);
        for (int row = 0; row < 40; row++)
        {
            for (int column = 0; column < 40; column++)
            {
                double u = alongColumns ? column - 20 : row - 22, v = alongColumns ? row - 22 : column - 20;
                if (row == 5)
                {
                    mask[row, column] = TissueClass.Membrane;
                }
                else if (u * u / (14.0 * 14) + v * v / (5.0 * 5) <= 1)
                {
                    mask[row, column] = TissueClass.Mitochondrion;
                }
            }
        }

        return mask;
    }

    [Fact]
    public void Without_texture_or_cristae_each_class_has_its_intensity_and_mitochondria_a_dark_edge()
    {
        var mask = Mask(alongColumns: true);
        var image = Render(new TemRendering().WithCytoplasmIntensity(0.8).WithMembraneIntensity(0.1).WithMitochondrionIntensity(0.5).WithCristaeContrast(0).WithTexture(0), mask);
        Assert.Equal(0.1, image[5, 17]);
        Assert.Equal(0.8, image[30, 3]);
        Assert.Equal(0.5, image[22, 20]);
        // The mitochondrion's leftmost pixel (22, 6) has cytoplasm to its left: it is its outer membrane.
        Assert.Equal(0.1, image[22, 6]);
        Assert.Equal(0.8, image[22, 5]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Cristae_are_stripes_across_the_long_axis_with_the_given_period(bool alongColumns)
    {
        var mask = Mask(alongColumns);
        var image = Render(new TemRendering().WithMitochondrionIntensity(0.5).WithCristaeContrast(0.3).WithCristaePeriod(4).WithTexture(0), mask);
        double At(int along, int across) => alongColumns ? image[22 + across, 20 + along] : image[22 + along, 20 + across];

        // Constant across the long axis, periodic with period 4 along it, spanning the full contrast over one period.
        var profile = Enumerable.Range(-8, 16).Select(a => At(a, 0)).ToArray();
        for (int a = -8; a < 8; a++)
        {
            Assert.Equal(At(a, 0), At(a, 2), 12);
            Assert.Equal(At(a, 0), At(a, -3), 12);
            Assert.Equal(At(a, 0), At(a + 4, 0), 12);
        }

        Assert.All(profile, v => Assert.InRange(v, 0.5 - 0.3 - 1e-12, 0.5 + 1e-12));
        Assert.True(profile.Max() - profile.Min() > 0.3 * 0.49, $"stripe contrast {profile.Max() - profile.Min()}");
    }

    [Fact]
    public void The_texture_has_the_given_standard_deviation_and_is_seeded()
    {
        var blank = new Image<double>(48, 48);
        var rendering = new TemRendering().WithCytoplasmIntensity(0.7).WithTexture(0.05).WithGrain(1.5);
        var pixels = Render(rendering, blank, seed: 3).AsReadOnlySpan().ToArray();
        double mean = pixels.Average();
        Assert.Equal(0.7, mean, 12);
        Assert.Equal(0.05, Math.Sqrt(pixels.Average(v => (v - mean) * (v - mean))), 12);
        Assert.Equal(pixels, Render(rendering, blank, seed: 3).AsReadOnlySpan().ToArray());
        Assert.NotEqual(pixels, Render(rendering, blank, seed: 4).AsReadOnlySpan().ToArray());
    }

    [Fact]
    public void A_pixel_that_is_no_class_is_named()
    {
        var mask = new Image<double>(8, 8);
        mask[3, 4] = 2.5;
        var error = Assert.Throws<PropertyValueException>(() => Render(new TemRendering(), mask));
        Assert.Equal("input", error.PropertyName);
        Assert.Contains("row 3, column 4", error.Message);
    }

    [Fact]
    public void A_tiling_renders_dark_membranes_and_intermediate_mitochondria()
    {
        var tiling = new CellTiling().WithCells(10).WithMitochondriaPerCell(3);
        var pair = (tiling & (tiling >> new TemRendering())).Build(seed: 7).Resolve();
        var (mask, image) = pair;
        double Mean(double c) => Enumerable.Range(0, mask.Length).Where(i => mask.AsReadOnlySpan()[i] == c).Average(i => image.AsReadOnlySpan()[i]);
        Assert.True(Mean(TissueClass.Membrane) < Mean(TissueClass.Mitochondrion) && Mean(TissueClass.Mitochondrion) < Mean(TissueClass.Background),
            $"membrane {Mean(TissueClass.Membrane):F3}, mitochondria {Mean(TissueClass.Mitochondrion):F3}, cytoplasm {Mean(TissueClass.Background):F3}");
    }
}
