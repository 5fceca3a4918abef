using DeepTrack.Fluent.Tissue;

namespace DeepTrack.Fluent.Tests.Tissue;

public class CellTilingTests
{
    private const int Size = 64;

    /// <summary>Seven hand-placed cell centres, two of them outside the image (their cells reach in).</summary>
    private static readonly PixelPosition[] Sites =
        [new(10, 12), new(15, 45), new(40, 8), new(33, 30), new(50, 55), new(-6, 30), new(70, 20)];

    private static double[] Mask(CellTiling tiling, ulong seed = 1, long sample = 0)
        => tiling.Build(seed).Sample(sample).AsReadOnlySpan().ToArray();

    /// <summary>The nearest site of a point, by direct search.</summary>
    private static int Nearest(double row, double column)
        => Enumerable.Range(0, Sites.Length).MinBy(k => (row - Sites[k].Row) * (row - Sites[k].Row) + (column - Sites[k].Column) * (column - Sites[k].Column));

    /// <summary>Whether the circle of radius <paramref name="radius"/> around a pixel reaches another cell than the pixel's.
    /// Cells are convex, so the disk reaches another cell exactly when its boundary circle does.</summary>
    private static bool ReachesAnotherCell(int row, int column, double radius)
    {
        int own = Nearest(row, column);
        for (int a = 0; a < 1440; a++)
        {
            double angle = a * Math.PI / 720;
            if (Nearest(row + radius * Math.Sin(angle), column + radius * Math.Cos(angle)) != own)
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(3.5)]
    public void Membranes_are_the_pixels_within_half_the_thickness_of_a_boundary_between_two_cells(double thickness)
    {
        // Checked against the plain nearest-site definition of the Voronoi cells, pixel by pixel (mitochondria included:
        // they only ever take cytoplasm pixels).
        var mask = Mask(new CellTiling().WithHeight(Size).WithWidth(Size).WithSites(Sites).WithMembraneThickness(thickness).WithMitochondriaPerCell(3));
        int membranes = 0;
        for (int row = 0; row < Size; row++)
        {
            for (int column = 0; column < Size; column++)
            {
                bool membrane = mask[row * Size + column] == TissueClass.Membrane;
                membranes += membrane ? 1 : 0;
                if (membrane)
                {
                    Assert.True(ReachesAnotherCell(row, column, thickness / 2 + 0.01), $"membrane pixel ({row}, {column}) is farther than {thickness / 2} from every other cell");
                }
                else
                {
                    Assert.False(ReachesAnotherCell(row, column, thickness / 2 - 0.01), $"pixel ({row}, {column}) is within {thickness / 2} of another cell but not membrane");
                }
            }
        }

        Assert.True(membranes > Size * 4, $"{membranes} membrane pixels");
    }

    [Fact]
    public void Mitochondria_lie_inside_one_cell_and_never_touch_membranes_or_each_other()
    {
        var mask = Mask(new CellTiling().WithHeight(Size).WithWidth(Size).WithSites(Sites).WithMitochondriaPerCell(4).WithClearance(0));
        var components = Components(mask, Size);
        Assert.True(components.Count >= 5, $"{components.Count} mitochondria");
        foreach (var component in components)
        {
            Assert.Single(component.Select(i => Nearest(i / Size, i % Size)).Distinct());
        }

        for (ulong seed = 1; seed <= 6; seed++)
        {
            var drawn = Mask(new CellTiling().WithHeight(Size).WithWidth(Size).WithCells(6).WithMitochondriaPerCell(4).WithClearance(0), seed);
            Assert.Contains(TissueClass.Mitochondrion, drawn);
            var mitochondria = Components(drawn, Size);
            for (int i = 0; i < drawn.Length; i++)
            {
                if (drawn[i] != TissueClass.Mitochondrion)
                {
                    continue;
                }

                int own = mitochondria.FindIndex(c => c.Contains(i));
                foreach (int j in Neighbours(i, Size))
                {
                    Assert.NotEqual(TissueClass.Membrane, drawn[j]);
                    // A neighbouring mitochondrion pixel belongs to the same mitochondrion (8-connected pixels are 4-connected here).
                    Assert.True(drawn[j] != TissueClass.Mitochondrion || mitochondria[own].Contains(j), $"seed {seed}: two mitochondria touch at pixel {i}");
                }
            }
        }
    }

    [Fact]
    public void The_clearance_keeps_mitochondria_that_far_from_the_membrane_band()
    {
        var mask = Mask(new CellTiling().WithHeight(Size).WithWidth(Size).WithSites(Sites).WithMembraneThickness(2).WithMitochondriaPerCell(6).WithClearance(3));
        Assert.Contains(TissueClass.Mitochondrion, mask);
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] == TissueClass.Mitochondrion)
            {
                Assert.False(ReachesAnotherCell(i / Size, i % Size, 1 + 3), $"mitochondrion pixel {i} is within 4 px of a boundary");
            }
        }
    }

    [Fact]
    public void The_same_seed_and_sample_give_the_same_mask_and_others_differ()
    {
        var tiling = new CellTiling().WithCells(10);
        Assert.Equal(Mask(tiling, seed: 5, sample: 3), Mask(tiling, seed: 5, sample: 3));
        Assert.NotEqual(Mask(tiling, seed: 5, sample: 3), Mask(tiling, seed: 5, sample: 4));
        Assert.NotEqual(Mask(tiling, seed: 5, sample: 3), Mask(tiling, seed: 6, sample: 3));
        Assert.All(Mask(tiling), c => Assert.Contains(c, new[] { TissueClass.Background, TissueClass.Membrane, TissueClass.Mitochondrion }));
    }

    [Fact]
    public void Class_fractions_follow_thickness_cell_count_and_mitochondria()
    {
        static (double Membrane, double Mitochondria) Fractions(CellTiling tiling)
        {
            var masks = tiling.Build(seed: 2).Generate(12).SelectMany(m => m.AsReadOnlySpan().ToArray()).ToArray();
            return (masks.Count(c => c == TissueClass.Membrane) / (double)masks.Length, masks.Count(c => c == TissueClass.Mitochondrion) / (double)masks.Length);
        }

        var tiling = new CellTiling().WithHeight(Size).WithWidth(Size).WithCells(8).WithMitochondriaPerCell(2);
        var thin = Fractions(tiling.WithMembraneThickness(2));
        var thick = Fractions(tiling.WithMembraneThickness(4));
        // A band of thickness t around boundaries of total length L covers about t·L: twice the thickness, about twice the pixels.
        Assert.InRange(thick.Membrane / thin.Membrane, 1.6, 2.4);
        // More cells, more boundary: L grows about as √cells.
        var many = Fractions(tiling.WithMembraneThickness(2).WithCells(32));
        Assert.InRange(many.Membrane / thin.Membrane, 1.4, 2.6);
        // No mitochondria when none are asked for, and more of them with more per cell.
        Assert.Equal(0, Fractions(tiling.WithMitochondriaPerCell(0)).Mitochondria);
        var more = Fractions(tiling.WithMitochondriaPerCell(6));
        Assert.True(more.Mitochondria > 1.5 * thin.Mitochondria, $"mitochondria fraction {thin.Mitochondria:F4} → {more.Mitochondria:F4}");
        // Larger mitochondria cover more.
        Assert.True(Fractions(tiling.WithMitochondrionLength(7).WithMitochondrionWidth(3.5)).Mitochondria > thin.Mitochondria);
    }

    [Fact]
    public void One_cell_has_no_membrane_and_bad_sites_are_named()
    {
        var single = Mask(new CellTiling().WithHeight(16).WithWidth(16).WithCells(1).WithMitochondriaPerCell(0));
        Assert.All(single, c => Assert.Equal(TissueClass.Background, c));
        var empty = Assert.Throws<PropertyValueException>(() => Mask(new CellTiling().WithSites([])));
        Assert.Equal("Sites", empty.PropertyName);
        var infinite = Assert.Throws<PropertyValueException>(() => Mask(new CellTiling().WithSites([new(1, 1), new(double.NaN, 3)])));
        Assert.Equal("Sites", infinite.PropertyName);
        Assert.Contains("site 1", infinite.Message);
    }

    /// <summary>The 4-connected components of mitochondrion pixels.</summary>
    internal static List<HashSet<int>> Components(double[] mask, int width)
    {
        var components = new List<HashSet<int>>();
        var seen = new bool[mask.Length];
        for (int start = 0; start < mask.Length; start++)
        {
            if (mask[start] != TissueClass.Mitochondrion || seen[start])
            {
                continue;
            }

            var component = new HashSet<int>();
            var stack = new Stack<int>([start]);
            seen[start] = true;
            while (stack.Count > 0)
            {
                int i = stack.Pop();
                component.Add(i);
                foreach (int j in new[] { i % width > 0 ? i - 1 : -1, i % width < width - 1 ? i + 1 : -1, i - width, i + width })
                {
                    if (j >= 0 && j < mask.Length && !seen[j] && mask[j] == TissueClass.Mitochondrion)
                    {
                        seen[j] = true;
                        stack.Push(j);
                    }
                }
            }

            components.Add(component);
        }

        return components;
    }

    private static IEnumerable<int> Neighbours(int i, int width)
    {
        int row = i / width, column = i % width;
        for (int r = Math.Max(0, row - 1); r <= Math.Min(width - 1, row + 1); r++)
        {
            for (int c = Math.Max(0, column - 1); c <= Math.Min(width - 1, column + 1); c++)
            {
                if (r * width + c != i)
                {
                    yield return r * width + c;
                }
            }
        }
    }
}
