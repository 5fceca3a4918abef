using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Noise;

namespace DeepTrack.Fluent.Tissue;

/// <summary>
/// Renders a class mask (<see cref="TissueClass"/>, e.g. from <see cref="CellTiling"/>) as the stained section a
/// transmission electron microscope shows: light cytoplasm with a fine granular texture, dark membranes, and
/// mitochondria of intermediate density with a dark outer membrane and dark cristae across their long axis. Blur and
/// noise are separate features: <c>tiling &gt;&gt; new TemRendering() &gt;&gt; new GaussianBlur&lt;double&gt;().WithSigma(0.7)
/// &gt;&gt; new GaussianNoise().WithSigma(0.03)</c>.
/// </summary>
/// <remarks>
/// <para>Pixel q of class c gets the class's intensity (<see cref="CytoplasmIntensity"/>, <see cref="MembraneIntensity"/>,
/// <see cref="MitochondrionIntensity"/>) plus <see cref="Texture"/>·g(q), where g is white noise smoothed by a Gaussian of
/// <see cref="Grain"/> pixels and scaled to zero mean and unit standard deviation over the image.</para>
/// <para>Each mitochondrion (a 4-connected component of class 2) has its centroid q₀ and the principal axis e of its
/// pixels' second moments; its pixels get MitochondrionIntensity − <see cref="CristaeContrast"/>·(1 + cos(2π (q − q₀)·e /
/// <see cref="CristaePeriod"/> + φ))/2, stripes across the long axis with a phase φ drawn uniformly per mitochondrion,
/// except its edge (pixels with a 4-neighbour of another class, or on the image border), which gets MembraneIntensity.
/// The draws come from the computation's seeded random stream. A pixel that is not 0, 1 or 2 is an error naming it.</para>
/// </remarks>
[Feature]
public sealed partial record TemRendering : Feature<Image<double>, Image<double>>
{
    /// <summary>The intensity of cytoplasm (class 0).</summary>
    public partial double CytoplasmIntensity { get; init; } = 0.75;

    /// <summary>The intensity of membranes (class 1) and of the outer membrane of mitochondria.</summary>
    public partial double MembraneIntensity { get; init; } = 0.2;

    /// <summary>The intensity of a mitochondrion's matrix (class 2) between its cristae.</summary>
    public partial double MitochondrionIntensity { get; init; } = 0.55;

    /// <summary>How much darker the middle of a crista is than the matrix (≥ 0; 0: no cristae).</summary>
    [NonNegative]
    public partial double CristaeContrast { get; init; } = 0.3;

    /// <summary>The distance between neighbouring cristae in pixels (&gt; 0).</summary>
    [Positive]
    public partial double CristaePeriod { get; init; } = 3;

    /// <summary>The standard deviation of the granular texture added to every pixel (≥ 0).</summary>
    [NonNegative]
    public partial double Texture { get; init; } = 0.04;

    /// <summary>The texture's grain: the standard deviation in pixels of the Gaussian that smooths it (&gt; 0).</summary>
    [Positive]
    public partial double Grain { get; init; } = 1;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(double.IsFinite(CytoplasmIntensity), CytoplasmIntensity, "must be finite");
        Require(double.IsFinite(MembraneIntensity), MembraneIntensity, "must be finite");
        Require(double.IsFinite(MitochondrionIntensity), MitochondrionIntensity, "must be finite");
        Require(input.Depth == 1, input, "a class mask has one plane (take one with SelectPlane)", "input");
        int height = input.Height, width = input.Width;
        var classes = input.AsReadOnlySpan();
        var output = new Image<double>(height, width);
        var target = output.AsWritableSpan();
        for (int i = 0; i < classes.Length; i++)
        {
            double c = classes[i];
            Require(c == TissueClass.Background || c == TissueClass.Membrane || c == TissueClass.Mitochondrion, c,
                $"pixel (row {i / width}, column {i % width}) of the mask must be a class of TissueClass (0, 1 or 2)", "input");
            target[i] = c == TissueClass.Membrane ? MembraneIntensity : CytoplasmIntensity;
        }

        var random = context.Random;
        var seen = new bool[classes.Length];
        var component = new List<int>();
        for (int start = 0; start < classes.Length; start++)
        {
            if (classes[start] == TissueClass.Mitochondrion && !seen[start])
            {
                Collect(classes, seen, start, width, component);
                Cristae(classes, component, width, random.NextDouble(0, 2 * Math.PI), target);
            }
        }

        if (Texture > 0)
        {
            var texture = SmoothedNoise.Create(height, width, Grain, random);
            for (int i = 0; i < target.Length; i++)
            {
                target[i] += Texture * texture[i];
            }
        }

        return output;
    }

    /// <summary>The 4-connected mitochondrion pixels reachable from <paramref name="start"/>.</summary>
    private static void Collect(ReadOnlySpan<double> classes, bool[] seen, int start, int width, List<int> component)
    {
        component.Clear();
        component.Add(start);
        seen[start] = true;
        for (int next = 0; next < component.Count; next++)
        {
            int i = component[next], row = i / width, column = i % width;
            Visit(classes, seen, component, column > 0 ? i - 1 : -1);
            Visit(classes, seen, component, column < width - 1 ? i + 1 : -1);
            Visit(classes, seen, component, row > 0 ? i - width : -1);
            Visit(classes, seen, component, i + width < classes.Length ? i + width : -1);
        }
    }

    private static void Visit(ReadOnlySpan<double> classes, bool[] seen, List<int> component, int i)
    {
        if (i >= 0 && !seen[i] && classes[i] == TissueClass.Mitochondrion)
        {
            seen[i] = true;
            component.Add(i);
        }
    }

    /// <summary>Paints one mitochondrion: stripes along its principal axis, its edge dark.</summary>
    private void Cristae(ReadOnlySpan<double> classes, List<int> component, int width, double phase, Span<double> target)
    {
        double row0 = 0, column0 = 0;
        foreach (int i in component)
        {
            row0 += (double)(i / width) / component.Count;
            column0 += (double)(i % width) / component.Count;
        }

        double rr = 0, cc = 0, rc = 0;
        foreach (int i in component)
        {
            double r = i / width - row0, c = i % width - column0;
            rr += r * r;
            cc += c * c;
            rc += r * c;
        }

        double angle = 0.5 * Math.Atan2(2 * rc, rr - cc), cos = Math.Cos(angle), sin = Math.Sin(angle);
        int height = classes.Length / width;
        foreach (int i in component)
        {
            int row = i / width, column = i % width;
            bool edge = row == 0 || column == 0 || row == height - 1 || column == width - 1
                || classes[i - 1] != TissueClass.Mitochondrion || classes[i + 1] != TissueClass.Mitochondrion
                || classes[i - width] != TissueClass.Mitochondrion || classes[i + width] != TissueClass.Mitochondrion;
            double along = (row - row0) * cos + (column - column0) * sin;
            target[i] = edge
                ? MembraneIntensity
                : MitochondrionIntensity - CristaeContrast * (1 + Math.Cos(2 * Math.PI * along / CristaePeriod + phase)) / 2;
        }
    }
}
