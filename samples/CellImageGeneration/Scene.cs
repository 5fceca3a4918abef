using System;
using DeepTrack.Fluent;
using DeepTrack.Fluent.Noise;
using DeepTrack.Fluent.Processing;
using DeepTrack.Fluent.Tissue;

namespace CellImageGeneration;

/// <summary>
/// The simulated data: a <see cref="CellTiling"/> mask (cytoplasm, membranes, mitochondria) and its TEM-like image
/// (<see cref="TemRendering"/>, a Gaussian blur of 0.7 px, Gaussian noise of 0.03), scaled from [0, 1] to [−1, 1] for the
/// generator's tanh; the condition is the mask's one-hot planes with Gaussian noise of a standard deviation drawn from
/// U(0, 0.1) (the paper's σ ∈ [0, 0.1]).
/// </summary>
public static class Scene
{
    /// <summary>Cells per 64×64 pixels on average (drawn from ±25 % of it; more cells in larger images: the same structures in pixels).</summary>
    public const int CellsPer64 = 6;

    /// <summary>The mask of one sample.</summary>
    /// <param name="size">Image size.</param>
    /// <returns>The tiling feature.</returns>
    public static CellTiling Tiling(int size)
    {
        double cells = CellsPer64 * (size / 64.0) * (size / 64.0);
        return new CellTiling()
            .WithHeight(size)
            .WithWidth(size)
            .WithCells(Distribution.UniformInt(Math.Max(1, (int)Math.Round(0.75 * cells)), Math.Max(1, (int)Math.Round(1.25 * cells)) + 1))
            .WithMembraneThickness(Distribution.Uniform(1.5, 2.5))
            .WithMitochondriaPerCell(Distribution.UniformInt(1, 4))
            .WithMitochondrionLength(Distribution.Uniform(6, 9))
            .WithMitochondrionWidth(Distribution.Uniform(3, 4.5));
    }

    /// <summary>The pipeline: (condition, image, mask) per sample.</summary>
    /// <param name="size">Image size.</param>
    /// <returns>The feature.</returns>
    public static Feature<NoInput, (Image<double> Condition, Image<double> Image, Image<double> Mask)> Of(int size)
    {
        var mask = Tiling(size);
        var condition = mask >> new OneHot<double>().WithClasses(TissueClass.Count) >> new GaussianNoise().WithSigma(Distribution.Uniform(0, 0.1));
        return condition & (mask >> Rendering()) & mask;
    }

    /// <summary>A mask's image in [−1, 1]: rendering, blur, noise, then 2·v − 1 clipped to [−1, 1].</summary>
    /// <returns>The feature.</returns>
    public static Feature<Image<double>, Image<double>> Rendering()
    {
        var rendered = new TemRendering() >> new GaussianBlur<double>().WithSigma(0.7) >> new GaussianNoise().WithSigma(0.03);
        return (rendered * 2 - 1) >> new Clip<double>().WithMinimum(-1).WithMaximum(1);
    }
}
