using System;

namespace DeepTrack.Fluent.Noise;

/// <summary>
/// Adds a structured, cell-like background: the autofluorescence of a few cells under the objects of interest
/// (the quantum dots on a cell of the DeepTrack 2.0 paper's §IV.4), drawn anew for every sample.
/// </summary>
/// <remarks>
/// <para><see cref="Cells"/> cells are placed uniformly over the image. Cell k is an ellipse with semi-axes
/// a = <see cref="CellRadius"/>·U(0.7, 1.3) and b = a·U(0.6, 1) at a uniform orientation, with a soft edge
/// m_k = 1 / (1 + exp(d / <see cref="EdgeWidth"/>)), d = (ρ − 1)·√(ab) and ρ the elliptical radius (1 on the edge);
/// its nucleus n_k is the same kind of ellipse of half the size at the cell's centre. A granular texture
/// g = white noise smoothed by a Gaussian of <see cref="Grain"/> pixels, scaled to unit standard deviation, modulates
/// the cells. The value added to pixel q is</para>
/// <para>Level · (1 + Contrast · Σ_k m_k(q) · (1 + NucleusContrast · n_k(q)) · max(0, 1 + Granularity · g(q))),</para>
/// <para>so it is never below <see cref="Level"/> and equals it far from every cell. The draws come from the
/// computation's seeded random stream: the same seed and sample give the same cells.</para>
/// </remarks>
[Feature]
public sealed partial record CellBackground : Feature<Image<double>, Image<double>>
{
    /// <summary>The background between the cells (≥ 0).</summary>
    [NonNegative]
    public partial double Level { get; init; } = 1;

    /// <summary>A cell's brightness above <see cref="Level"/>, relative to it (≥ 0).</summary>
    [NonNegative]
    public partial double Contrast { get; init; } = 1;

    /// <summary>The number of cells (≥ 0).</summary>
    public partial int Cells { get; init; } = 3;

    /// <summary>The typical semi-major axis of a cell in pixels (&gt; 0).</summary>
    [Positive]
    public partial double CellRadius { get; init; } = 30;

    /// <summary>How much brighter a nucleus is than the rest of its cell, relative to the cell (≥ −1; negative: darker).</summary>
    public partial double NucleusContrast { get; init; } = 0.5;

    /// <summary>The strength of the granular texture (≥ 0; 0: smooth cells).</summary>
    [NonNegative]
    public partial double Granularity { get; init; } = 0.3;

    /// <summary>The texture's grain: the standard deviation in pixels of the Gaussian that smooths it (&gt; 0).</summary>
    [Positive]
    public partial double Grain { get; init; } = 2;

    /// <summary>The width in pixels of a cell's soft edge (&gt; 0).</summary>
    [Positive]
    public partial double EdgeWidth { get; init; } = 3;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(Cells >= 0, Cells, "must be ≥ 0");
        Require(NucleusContrast >= -1 && double.IsFinite(NucleusContrast), NucleusContrast, "must be finite and ≥ −1");
        int height = input.Height, width = input.Width;
        var cells = AccumulationArray.Create<double>(height * width);
        var random = context.Random;
        for (int k = 0; k < Cells; k++)
        {
            double row0 = random.NextDouble(0, height), column0 = random.NextDouble(0, width);
            double a = CellRadius * random.NextDouble(0.7, 1.3), b = a * random.NextDouble(0.6, 1), angle = random.NextDouble(0, Math.PI);
            double cos = Math.Cos(angle), sin = Math.Sin(angle), size = Math.Sqrt(a * b);
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    double u = (row - row0) * cos + (column - column0) * sin, v = -(row - row0) * sin + (column - column0) * cos;
                    double rho = Math.Sqrt(u * u / (a * a) + v * v / (b * b));
                    double cell = Edge((rho - 1) * size), nucleus = Edge((2 * rho - 1) * size / 2);
                    cells[row * width + column] += cell * (1 + NucleusContrast * nucleus);
                }
            }
        }

        var texture = SmoothedNoise.Create(height, width, Grain, random);
        var output = input.CreateLike();
        var source = input.AsReadOnlySpan();
        var target = output.AsWritableSpan();
        for (int z = 0; z < input.Depth; z++)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                int j = z * cells.Length + i;
                target[j] = source[j] + Level * (1 + Contrast * cells[i] * Math.Max(0, 1 + Granularity * texture[i]));
            }
        }

        return output;
    }

    private double Edge(double distance) => 1 / (1 + Math.Exp(distance / EdgeWidth));
}
