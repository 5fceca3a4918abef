using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Tissue;

/// <summary>
/// A semantic mask of tissue seen in a thin section: a Voronoi tiling of the image into cells, their membranes and
/// mitochondria inside them, as a class-index image (<see cref="TissueClass"/>: 0 background/cytoplasm, 1 membrane,
/// 2 mitochondrion), drawn anew for every sample. It starts a pipeline: <c>new CellTiling().WithCells(20)</c>, and
/// <c>tiling &gt;&gt; new OneHot&lt;double&gt;().WithClasses(3)</c> turns it into one plane per class.
/// </summary>
/// <remarks>
/// <para>The cell centres (Voronoi sites) are <see cref="Sites"/>, or, when that is null, <see cref="Cells"/> points drawn
/// uniformly over the image. Pixel (row, column) has its centre at (row, column) and belongs to the cell of its nearest
/// site i; its distance to the cell's boundary is δ = min over j ≠ i of (|p − s_j|² − |p − s_i|²) / (2|s_j − s_i|), the
/// distance to the nearest bisector, which for a point in a convex cell is its distance to the cell's edge. A pixel with
/// δ ≤ <see cref="MembraneThickness"/>/2 is membrane: membranes are bands of that thickness centred on the boundaries
/// between cells (the image border is no boundary).</para>
/// <para>Each cell then gets up to <see cref="MitochondriaPerCell"/> mitochondria. For each, up to 20 ellipses are tried:
/// a centre at a uniformly drawn pixel of the cell with δ &gt; MembraneThickness/2 + <see cref="Clearance"/>, semi-axes
/// <see cref="MitochondrionLength"/>·U(0.75, 1.25) and <see cref="MitochondrionWidth"/>·U(0.75, 1.25) (the smaller of the
/// two is the minor axis) at a uniform orientation. The first ellipse whose pixels (centres inside it) all lie in the
/// image, in the same cell, with δ &gt; MembraneThickness/2 + Clearance, none of them next to (among the eight
/// neighbours of) a membrane pixel or another mitochondrion, is kept; when none fits, that mitochondrion is skipped. So
/// mitochondria never cross or touch membranes or each other, and fewer than <see cref="MitochondriaPerCell"/> fit into
/// small cells. The draws come from the computation's seeded random stream: the same seed and sample give the same mask.</para>
/// </remarks>
[Feature]
public sealed partial record CellTiling : Feature<NoInput, Image<double>>
{
    /// <summary>How many ellipses are tried for one mitochondrion before it is skipped.</summary>
    private const int Attempts = 20;

    /// <summary>The mask's height in pixels (≥ 1).</summary>
    [Positive]
    public partial int Height { get; init; } = 64;

    /// <summary>The mask's width in pixels (≥ 1).</summary>
    [Positive]
    public partial int Width { get; init; } = 64;

    /// <summary>The number of cells when <see cref="Sites"/> is null (≥ 1).</summary>
    [Positive]
    public partial int Cells { get; init; } = 8;

    /// <summary>The cell centres in pixels (at least one); null (the default): <see cref="Cells"/> centres drawn uniformly over the image.</summary>
    public partial IReadOnlyList<PixelPosition>? Sites { get; init; } = null;

    /// <summary>The membranes' thickness in pixels (&gt; 0): pixels within half of it from a boundary between two cells are membrane.</summary>
    [Positive]
    public partial double MembraneThickness { get; init; } = 2;

    /// <summary>How many mitochondria each cell tries to hold (≥ 0; fewer when they do not fit).</summary>
    [NonNegative]
    public partial int MitochondriaPerCell { get; init; } = 2;

    /// <summary>The typical semi-major axis of a mitochondrion in pixels (&gt; 0).</summary>
    [Positive]
    public partial double MitochondrionLength { get; init; } = 5;

    /// <summary>The typical semi-minor axis of a mitochondrion in pixels (&gt; 0).</summary>
    [Positive]
    public partial double MitochondrionWidth { get; init; } = 2.5;

    /// <summary>The least distance in pixels between a mitochondrion and the band of its cell's membrane (≥ 0).</summary>
    [NonNegative]
    public partial double Clearance { get; init; } = 1;

    /// <inheritdoc />
    protected override Image<double> Compute(NoInput input, FeatureContext context)
    {
        var random = context.Random;
        var sites = Sites is null ? DrawSites(random) : CheckedSites(Sites);
        int height = Height, width = Width;
        var cell = new int[height * width];
        var depth = new double[height * width];
        var mask = new Image<double>(height, width);
        var classes = mask.AsWritableSpan();
        double halfThickness = MembraneThickness / 2;
        for (int row = 0; row < height; row++)
        {
            for (int column = 0; column < width; column++)
            {
                int i = row * width + column;
                (cell[i], depth[i]) = Locate(sites, row, column);
                if (depth[i] <= halfThickness)
                {
                    classes[i] = TissueClass.Membrane;
                }
            }
        }

        var members = new List<int>[sites.Length];
        for (int k = 0; k < members.Length; k++)
        {
            members[k] = [];
        }

        double inner = halfThickness + Clearance;
        for (int i = 0; i < cell.Length; i++)
        {
            if (depth[i] > inner)
            {
                members[cell[i]].Add(i);
            }
        }

        var pixels = new List<int>();
        for (int k = 0; k < sites.Length; k++)
        {
            for (int m = 0; m < MitochondriaPerCell && members[k].Count > 0; m++)
            {
                for (int attempt = 0; attempt < Attempts; attempt++)
                {
                    int centre = members[k][random.NextInt(members[k].Count)];
                    double first = MitochondrionLength * random.NextDouble(0.75, 1.25), second = MitochondrionWidth * random.NextDouble(0.75, 1.25);
                    double angle = random.NextDouble(0, Math.PI);
                    if (Ellipse(centre / width, centre % width, Math.Max(first, second), Math.Min(first, second), angle, pixels)
                        && Fits(pixels, classes, cell, depth, k, inner))
                    {
                        foreach (int i in pixels)
                        {
                            classes[i] = TissueClass.Mitochondrion;
                        }

                        break;
                    }
                }
            }
        }

        return mask;
    }

    private PixelPosition[] DrawSites(RandomStream random)
    {
        var sites = new PixelPosition[Cells];
        for (int k = 0; k < sites.Length; k++)
        {
            double row = random.NextDouble(-0.5, Height - 0.5), column = random.NextDouble(-0.5, Width - 0.5);
            sites[k] = new PixelPosition(row, column);
        }

        return sites;
    }

    private PixelPosition[] CheckedSites(IReadOnlyList<PixelPosition> sites)
    {
        Require(sites.Count >= 1, sites.Count, "must hold at least one site", nameof(Sites));
        var copy = new PixelPosition[sites.Count];
        for (int k = 0; k < copy.Length; k++)
        {
            var site = sites[k];
            Require(double.IsFinite(site.Row) && double.IsFinite(site.Column), site, $"must be finite (site {k})", nameof(Sites));
            copy[k] = site;
        }

        return copy;
    }

    /// <summary>The nearest site of a pixel and the pixel's distance to that cell's boundary (∞ with one site).</summary>
    private static (int Cell, double Depth) Locate(PixelPosition[] sites, int row, int column)
    {
        int nearest = 0;
        double best = double.PositiveInfinity;
        for (int k = 0; k < sites.Length; k++)
        {
            double d = Square(row - sites[k].Row) + Square(column - sites[k].Column);
            if (d < best)
            {
                best = d;
                nearest = k;
            }
        }

        double depth = double.PositiveInfinity;
        var own = sites[nearest];
        for (int k = 0; k < sites.Length; k++)
        {
            double separation = Math.Sqrt(Square(sites[k].Row - own.Row) + Square(sites[k].Column - own.Column));
            if (k == nearest || separation == 0)
            {
                continue;
            }

            double d = Square(row - sites[k].Row) + Square(column - sites[k].Column);
            depth = Math.Min(depth, (d - best) / (2 * separation));
        }

        return (nearest, depth);
    }

    /// <summary>The pixels whose centres lie in an ellipse; false when it reaches outside the image.</summary>
    private bool Ellipse(int row0, int column0, double major, double minor, double angle, List<int> pixels)
    {
        pixels.Clear();
        int reach = (int)Math.Ceiling(major);
        if (row0 - reach < 0 || column0 - reach < 0 || row0 + reach >= Height || column0 + reach >= Width)
        {
            return false;
        }

        double cos = Math.Cos(angle), sin = Math.Sin(angle);
        for (int row = row0 - reach; row <= row0 + reach; row++)
        {
            for (int column = column0 - reach; column <= column0 + reach; column++)
            {
                double u = (row - row0) * cos + (column - column0) * sin, v = -(row - row0) * sin + (column - column0) * cos;
                if (Square(u / major) + Square(v / minor) <= 1)
                {
                    pixels.Add(row * Width + column);
                }
            }
        }

        return true;
    }

    /// <summary>Whether every pixel lies in cell <paramref name="k"/>, deeper than <paramref name="inner"/>, with no membrane or mitochondrion among its neighbours.</summary>
    private bool Fits(List<int> pixels, Span<double> classes, int[] cell, double[] depth, int k, double inner)
    {
        foreach (int i in pixels)
        {
            if (cell[i] != k || !(depth[i] > inner) || !NoNeighbours(classes, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether none of the eight neighbours of pixel <paramref name="i"/> is membrane or mitochondrion.</summary>
    private bool NoNeighbours(Span<double> classes, int i)
    {
        int row = i / Width, column = i % Width;
        for (int r = Math.Max(0, row - 1); r <= Math.Min(Height - 1, row + 1); r++)
        {
            for (int c = Math.Max(0, column - 1); c <= Math.Min(Width - 1, column + 1); c++)
            {
                if (classes[r * Width + c] != TissueClass.Background)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static double Square(double x) => x * x;
}
