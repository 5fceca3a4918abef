using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Labels;

/// <summary>
/// A peaked label image from the same sample as the optics: at every pixel the largest over the objects of
/// exp(−d²/2σ²), d the pixel's distance from the object's position and σ <see cref="Sigma"/>, over
/// <see cref="OutputRegion"/> (use the optics' region so the label aligns with the image). Every value lies in
/// [0, 1], so it serves as a soft target of binary cross-entropy; unlike a <see cref="DiskMask"/>, whose disks of
/// close objects merge into one flat region, the label of two objects has a maximum at each of them however close
/// they are, so a network trained on it can be read by its local maxima.
/// </summary>
[Feature]
public sealed partial record SpotMask : Feature<IReadOnlyList<SampleObject>, Image<double>>
{
    /// <summary>The camera pixels returned.</summary>
    public partial PixelRegion OutputRegion { get; init; } = PixelRegion.Square(128);

    /// <summary>The spot's standard deviation in pixels (&gt; 0).</summary>
    [Positive]
    public partial double Sigma { get; init; } = 1;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        Require(OutputRegion.Height >= 1 && OutputRegion.Width >= 1, OutputRegion, "must have at least one row and one column");
        var mask = new Image<double>(OutputRegion.Height, OutputRegion.Width);
        // Beyond 9σ the value is below e^-40.5 ≈ 2.6e-18: less than a double's resolution near 1, and no target of any use.
        double reach = 9 * Sigma;
        foreach (var item in input)
        {
            double row0 = item.Position.Row - OutputRegion.Top, column0 = item.Position.Column - OutputRegion.Left;
            for (int row = (int)Math.Max(0, Math.Floor(row0 - reach)); row <= Math.Min(mask.Height - 1, Math.Ceiling(row0 + reach)); row++)
            {
                for (int column = (int)Math.Max(0, Math.Floor(column0 - reach)); column <= Math.Min(mask.Width - 1, Math.Ceiling(column0 + reach)); column++)
                {
                    double squared = (row - row0) * (row - row0) + (column - column0) * (column - column0);
                    mask[row, column] = Math.Max(mask[row, column], Math.Exp(-squared / (2 * Sigma * Sigma)));
                }
            }
        }

        return mask;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(IReadOnlyList<SampleObject> input)
        => AffineMapping.Translate(-OutputRegion.Top, -OutputRegion.Left);
}
