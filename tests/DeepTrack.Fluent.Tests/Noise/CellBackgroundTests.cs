using DeepTrack.Fluent.Noise;

namespace DeepTrack.Fluent.Tests.Noise;

public class CellBackgroundTests
{
    private static double[] Added(CellBackground background, ulong seed, int size = 96)
    {
        var input = new Image<double>(size, size);
        input.AsWritableSpan().Fill(7);
        return (Feature.Constant(input) >> background).Build(seed).Resolve().AsReadOnlySpan().ToArray().Select(v => v - 7).ToArray();
    }

    [Fact]
    public void Without_cells_or_contrast_only_the_level_is_added()
    {
        Assert.All(Added(new CellBackground().WithLevel(2.5).WithCells(0), seed: 1), v => Assert.Equal(2.5, v, 12));
        Assert.All(Added(new CellBackground().WithLevel(2.5).WithContrast(0), seed: 1), v => Assert.Equal(2.5, v, 12));
    }

    [Fact]
    public void Cells_add_light_above_the_level_and_the_image_far_from_them_stays_at_the_level()
    {
        var added = Added(new CellBackground().WithLevel(10).WithContrast(2).WithCells(2).WithCellRadius(12), seed: 4);
        Assert.All(added, v => Assert.True(v >= 10 - 1e-9, $"{v} is below the level"));
        // Two cells of semi-axes at most 15.6 px cover well under half of a 96×96 image: most pixels are within 1 % of the level.
        Assert.True(added.Count(v => v < 10.1) > added.Length / 2, "most of the image is background");
        // A cell centre is about Level·(1 + Contrast·(1 + nucleus)), modulated by the texture: well above the level.
        Assert.True(added.Max() > 10 * (1 + 2 * 0.8), $"brightest {added.Max()}");
    }

    [Fact]
    public void A_smooth_cell_integrates_to_its_ellipse_area()
    {
        // Granularity 0, no nucleus, a sharp edge: Σ (added − Level) / (Level·Contrast) is the cell's area πab, with
        // a ∈ [0.7R, 1.3R] and b ∈ [0.6a, a]. The cell is kept inside the image by a 300 px image and R = 20.
        var background = new CellBackground().WithLevel(1).WithContrast(1).WithCells(1).WithCellRadius(20).WithNucleusContrast(0)
            .WithGranularity(0).WithEdgeWidth(0.2);
        for (ulong seed = 1; seed <= 5; seed++)
        {
            var added = Added(background, seed, size: 300);
            double area = added.Sum(v => v - 1);
            // Edge cells (centre within 26 px of a border) lose part of their area; the rest are whole.
            Assert.InRange(area, 0, Math.PI * 26 * 26 + 1);
            Assert.True(area > 0.2 * Math.PI * 14 * 14 * 0.6, $"seed {seed}: area {area}");
        }
    }

    [Fact]
    public void The_background_is_structured_and_seeded()
    {
        var background = new CellBackground().WithLevel(1).WithCells(6).WithCellRadius(20);
        var first = Added(background, seed: 9);
        Assert.Equal(first, Added(background, seed: 9));
        Assert.NotEqual(first, Added(background, seed: 10));
        // Neighbouring pixels are strongly correlated (texture and cells vary over pixels, unlike white noise).
        var left = first.Where((_, i) => i % 96 < 95).ToArray();
        var right = first.Where((_, i) => i % 96 > 0).ToArray();
        Assert.True(Correlation(left, right) > 0.9, $"correlation {Correlation(left, right)}");
    }

    [Theory]
    [InlineData("Level", -1.0)]
    [InlineData("CellRadius", 0.0)]
    [InlineData("Grain", double.NaN)]
    [InlineData("NucleusContrast", -2.0)]
    public void Bad_values_name_the_property(string property, double value)
    {
        var error = Assert.ThrowsAny<Exception>(() => Added(property switch
        {
            "Level" => new CellBackground().WithLevel(value),
            "CellRadius" => new CellBackground().WithCellRadius(value),
            "Grain" => new CellBackground().WithGrain(value),
            _ => new CellBackground().WithNucleusContrast(value),
        }, seed: 1));
        Assert.Contains(property, error.ToString());
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double sxy = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my));
        return sxy / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
