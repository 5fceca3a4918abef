using System.Numerics;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Averages blocks of <see cref="Factor"/> × <see cref="Factor"/> pixels (every plane), dropping rows and
/// columns that do not fill a block. Positional ground truth is rescaled: a block's centre maps to its pixel.
/// </summary>
/// <typeparam name="T">Pixel type.</typeparam>
[Feature]
public sealed partial record AveragePool<T> : Feature<Image<T>, Image<T>>
    where T : unmanaged, INumberBase<T>
{
    /// <summary>Block size (≥ 1, at most the image size).</summary>
    public partial int Factor { get; init; } = 2;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<T> Compute(Image<T> input, FeatureContext context)
    {
        Require(Factor >= 1 && Factor <= input.Height && Factor <= input.Width, Factor, $"the block must fit in the {input.Height}×{input.Width} image");
        int height = input.Height / Factor, width = input.Width / Factor;
        var output = input.Rank == 2 ? new Image<T>(height, width) : new Image<T>(height, width, input.Depth);
        T scale = T.One / T.CreateChecked(Factor * Factor);
        for (int z = 0; z < input.Depth; z++)
        {
            var source = input.Plane(z);
            var target = output.WritablePlane(z);
            for (int row = 0; row < height; row++)
            {
                for (int column = 0; column < width; column++)
                {
                    T sum = T.Zero;
                    for (int i = 0; i < Factor; i++)
                    {
                        var block = source.Slice((row * Factor + i) * input.Width + column * Factor, Factor);
                        foreach (var value in block)
                        {
                            sum += value;
                        }
                    }

                    target[row * width + column] = sum * scale;
                }
            }
        }

        return output;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(Image<T> input) => AffineMapping.Pool(Factor, Factor);
}
