using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Labels;

/// <summary>
/// A label image from the same sample as the optics: 1 within <see cref="Radius"/> pixels of every object's
/// position (a disk, whatever the object's shape), 0 elsewhere, over <see cref="OutputRegion"/> (use the
/// optics' region so the label aligns with the image).
/// </summary>
[Feature]
public sealed partial record DiskMask : Feature<IReadOnlyList<SampleObject>, Image<double>>
{
    /// <summary>The camera pixels returned.</summary>
    public partial PixelRegion OutputRegion { get; init; } = PixelRegion.Square(128);

    /// <summary>The disk radius in pixels (&gt; 0).</summary>
    [Positive]
    public partial double Radius { get; init; } = 3;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        Require(OutputRegion.Height >= 1 && OutputRegion.Width >= 1, OutputRegion, "must have at least one row and one column");
        var mask = new Image<double>(OutputRegion.Height, OutputRegion.Width);
        foreach (var item in input)
        {
            double row0 = item.Position.Row - OutputRegion.Top, column0 = item.Position.Column - OutputRegion.Left;
            for (int row = Math.Max(0, (int)Math.Floor(row0 - Radius)); row <= Math.Min(mask.Height - 1, (int)Math.Ceiling(row0 + Radius)); row++)
            {
                for (int column = Math.Max(0, (int)Math.Floor(column0 - Radius)); column <= Math.Min(mask.Width - 1, (int)Math.Ceiling(column0 + Radius)); column++)
                {
                    if ((row - row0) * (row - row0) + (column - column0) * (column - column0) <= Radius * Radius)
                    {
                        mask[row, column] = 1;
                    }
                }
            }
        }

        return mask;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(IReadOnlyList<SampleObject> input)
        => AffineMapping.Translate(-OutputRegion.Top, -OutputRegion.Left);
}
