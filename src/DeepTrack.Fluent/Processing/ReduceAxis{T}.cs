using System.Numerics;

namespace DeepTrack.Fluent.Processing;

/// <summary>
/// A statistic along one axis, e.g. <c>image &gt;&gt; new ReduceAxis&lt;double&gt;().WithAxis(ImageAxis.Rows).WithFunction(Reduction.Sum)</c>
/// (NumPy's <c>image.sum(axis=0)</c>). Along <see cref="ImageAxis.Rows"/> the result is one row (1 × width × depth),
/// along <see cref="ImageAxis.Columns"/> one column (height × 1 × depth): the reduced axis is kept with length 1,
/// because images have at least two axes. Along <see cref="ImageAxis.Planes"/> the result is a 2-D image.
/// </summary>
/// <typeparam name="T">Floating-point pixel type.</typeparam>
[Feature]
public sealed partial record ReduceAxis<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The axis reduced.</summary>
    public partial ImageAxis Axis { get; init; } = ImageAxis.Rows;

    /// <summary>The statistic.</summary>
    public partial Reduction Function { get; init; } = Reduction.Mean;

    /// <summary>The probability of <see cref="Reduction.Quantile"/>, in [0, 1].</summary>
    [Probability]
    public partial double Probability { get; init; } = 0.5;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        int height = input.Height, width = input.Width, depth = input.Depth;
        var (outHeight, outWidth, outDepth, count) = Axis switch
        {
            ImageAxis.Rows => (1, width, depth, height),
            ImageAxis.Columns => (height, 1, depth, width),
            _ => (height, width, 1, depth),
        };
        var result = Axis == ImageAxis.Planes || input.Rank == 2 ? new Image<T>(outHeight, outWidth) : new Image<T>(outHeight, outWidth, outDepth);
        var source = input.AsSpan();
        var target = result.AsWritableSpan();
        var values = new T[count];
        for (int z = 0; z < outDepth; z++)
        {
            for (int row = 0; row < outHeight; row++)
            {
                for (int column = 0; column < outWidth; column++)
                {
                    for (int k = 0; k < count; k++)
                    {
                        var (r, c, p) = Axis switch
                        {
                            ImageAxis.Rows => (k, column, z),
                            ImageAxis.Columns => (row, k, z),
                            _ => (row, column, k),
                        };
                        values[k] = source[(p * height + r) * width + c];
                    }

                    target[(z * outHeight + row) * outWidth + column] = Statistics.Of<T>(values, Function, Probability);
                }
            }
        }

        return result;
    }
}
