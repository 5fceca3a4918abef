using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Labels;

/// <summary>
/// A density map from the same sample as the optics: a Gaussian of width <see cref="Sigma"/> pixels at every
/// object's position, each normalised to sum to 1 on the pixel lattice, so the map sums to the number of objects
/// (minus the parts of Gaussians that fall outside <see cref="OutputRegion"/>).
/// </summary>
[Feature]
public sealed partial record DensityMap : Feature<IReadOnlyList<SampleObject>, Image<double>>
{
    /// <summary>The camera pixels returned.</summary>
    public partial PixelRegion OutputRegion { get; init; } = PixelRegion.Square(128);

    /// <summary>The Gaussian's standard deviation in pixels (&gt; 0).</summary>
    [Positive]
    public partial double Sigma { get; init; } = 1.5;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        Require(OutputRegion.Height >= 1 && OutputRegion.Width >= 1, OutputRegion, "must have at least one row and one column");
        var map = new Image<double>(OutputRegion.Height, OutputRegion.Width);
        int reach = (int)Math.Ceiling(6 * Sigma);
        foreach (var item in input)
        {
            double row0 = item.Position.Row - OutputRegion.Top, column0 = item.Position.Column - OutputRegion.Left;
            int firstRow = (int)Math.Floor(row0) - reach, firstColumn = (int)Math.Floor(column0) - reach;
            var rows = new double[2 * reach + 2];
            var columns = new double[2 * reach + 2];
            double rowSum = 0, columnSum = 0;
            for (int k = 0; k < rows.Length; k++)
            {
                rows[k] = Math.Exp(-Math.Pow(firstRow + k - row0, 2) / (2 * Sigma * Sigma));
                columns[k] = Math.Exp(-Math.Pow(firstColumn + k - column0, 2) / (2 * Sigma * Sigma));
                rowSum += rows[k];
                columnSum += columns[k];
            }

            for (int i = 0; i < rows.Length; i++)
            {
                int row = firstRow + i;
                if (row < 0 || row >= map.Height)
                {
                    continue;
                }

                for (int j = 0; j < columns.Length; j++)
                {
                    int column = firstColumn + j;
                    if (column >= 0 && column < map.Width)
                    {
                        map[row, column] += rows[i] * columns[j] / (rowSum * columnSum);
                    }
                }
            }
        }

        return map;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(IReadOnlyList<SampleObject> input)
        => AffineMapping.Translate(-OutputRegion.Top, -OutputRegion.Left);
}
