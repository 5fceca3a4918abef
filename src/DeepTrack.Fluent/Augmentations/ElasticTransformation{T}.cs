using System;
using System.Numerics;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// A random elastic warp (Simard et al. 2003, as DeepTrack 2.0 and imgaug): two fields of independent Uniform(−1, 1)
/// values, smoothed by a Gaussian of <see cref="Sigma"/> pixels (zero outside the image) and multiplied by
/// <see cref="Alpha"/>, displace where every output pixel reads the input: out(q) = in(q + d(q)). All planes share the field.
/// </summary>
/// <remarks>
/// The field is drawn from the computation's seeded random stream, so the same instance applied to an image and to
/// its mask in one pipeline warps both identically. Positional ground truth is mapped by inverting the warp
/// numerically (fixed-point iteration, exact up to 1e−10 pixels for non-folding fields, i.e. gradients below 1).
/// </remarks>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record ElasticTransformation<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    private DisplacementMapping? mapping;

    /// <summary>The displacement scale in pixels (≥ 0; 0 leaves the image unchanged).</summary>
    [NonNegative]
    public partial double Alpha { get; init; } = 20;

    /// <summary>The smoothness of the field: the Gaussian's standard deviation in pixels (&gt; 0).</summary>
    [Positive]
    public partial double Sigma { get; init; } = 2;

    /// <summary>How the input is read between pixel centres.</summary>
    public partial Interpolation Interpolation { get; init; } = Interpolation.Linear;

    /// <summary>How reads outside the input are answered.</summary>
    public partial BorderMode Mode { get; init; } = BorderMode.Constant;

    /// <summary>The value read outside the input for <see cref="BorderMode.Constant"/>.</summary>
    public partial double FillValue { get; init; } = 0;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        int height = input.Height, width = input.Width;
        var rows = Field(height, width, context.Random);
        var columns = Field(height, width, context.Random);
        mapping = new DisplacementMapping(rows, columns, height, width);
        T fill = T.CreateChecked(FillValue);
        var output = input.CreateLike();
        for (int z = 0; z < input.Depth; z++)
        {
            ReadOnlySpan<T> source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int i = 0; i < target.Length; i++)
            {
                target[i] = Resampler.Sample(source, height, width, i / width + rows[i], i % width + columns[i], Interpolation, Mode, fill);
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping? MapCoordinates(Image<T> input) => mapping;

    private double[] Field(int height, int width, RandomStream random)
    {
        var noise = new Image<double>(height, width);
        var pixels = noise.AsWritableSpan();
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.NextDouble(-1, 1);
        }

        var smooth = SeparableFilter.Apply(noise, GaussianKernel.Create(Sigma, 4), BorderMode.Constant, 0.0);
        var field = smooth.AsReadOnlySpan().ToArray();
        for (int i = 0; i < field.Length; i++)
        {
            field[i] *= Alpha;
        }

        return field;
    }
}
