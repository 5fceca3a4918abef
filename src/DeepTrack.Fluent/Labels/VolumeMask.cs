using System;
using System.Collections.Generic;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Labels;

/// <summary>
/// A volume label from the same sample as the optics, for a U-Net that locates objects in 3-D: one plane per z bin of
/// <see cref="Bins"/> (plane = output channel), and in it 1 inside the ellipsoid of lateral radius <see cref="Radius"/>
/// pixels and axial radius <see cref="AxialRadius"/> bins about every object's (row, column, bin of its z), 0 elsewhere.
/// With both radii 3 every object is a small sphere in (row, column, bin) space, as in the 3-D holographic tracking of
/// DeepTrack 2.0 (§IV.5). Objects whose sphere reaches beyond the first or the last bin keep only the part inside; use
/// <see cref="AxialBins.WithMargin"/> to keep every sphere whole.
/// </summary>
/// <remarks>
/// The voxel (row, column, b) is 1 when ((row − r₀)² + (column − c₀)²)/Radius² + ((b − b₀)/AxialRadius)² ≤ 1, with
/// (r₀, c₀) the object's position in the output region and b₀ = <see cref="AxialBins.ToBin"/>(z) its continuous bin
/// coordinate: plane b holds a disk of radius Radius·√(1 − ((b − b₀)/AxialRadius)²), so the label moves smoothly with
/// z between bin centres. The result is a 3-D image of Height × Width × <see cref="AxialBins.Count"/>, whose planes are the
/// channels of a (C, H, W) target (<c>SampleEncoder.WithImageLabels</c> in the Torch package).
/// </remarks>
[Feature]
public sealed partial record VolumeMask : Feature<IReadOnlyList<SampleObject>, Image<double>>
{
    /// <summary>The camera pixels returned.</summary>
    public partial PixelRegion OutputRegion { get; init; } = PixelRegion.Square(128);

    /// <summary>The z bins: the planes of the volume, in the unit of <see cref="SampleObject.Z"/> (pixels).</summary>
    public partial AxialBins Bins { get; init; }

    /// <summary>The lateral radius in pixels (&gt; 0).</summary>
    [Positive]
    public partial double Radius { get; init; } = 3;

    /// <summary>The axial radius in bins (&gt; 0).</summary>
    [Positive]
    public partial double AxialRadius { get; init; } = 3;

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        Require(OutputRegion.Height >= 1 && OutputRegion.Width >= 1, OutputRegion, "must have at least one row and one column");
        int height = OutputRegion.Height, width = OutputRegion.Width;
        var volume = new Image<double>(height, width, Bins.Count);
        foreach (var item in input)
        {
            double row0 = item.Position.Row - OutputRegion.Top, column0 = item.Position.Column - OutputRegion.Left;
            double bin0 = Bins.ToBin(item.Z);
            int firstBin = Math.Max(0, (int)Math.Ceiling(bin0 - AxialRadius)), lastBin = Math.Min(Bins.Count - 1, (int)Math.Floor(bin0 + AxialRadius));
            for (int bin = firstBin; bin <= lastBin; bin++)
            {
                double axial = (bin - bin0) / AxialRadius;
                double squared = Radius * Radius * (1 - (axial * axial));
                if (squared < 0)
                {
                    continue;
                }

                double reach = Math.Sqrt(squared);
                var plane = volume.WritablePlane(bin);
                for (int row = Math.Max(0, (int)Math.Ceiling(row0 - reach)); row <= Math.Min(height - 1, (int)Math.Floor(row0 + reach)); row++)
                {
                    for (int column = Math.Max(0, (int)Math.Ceiling(column0 - reach)); column <= Math.Min(width - 1, (int)Math.Floor(column0 + reach)); column++)
                    {
                        if (((row - row0) * (row - row0)) + ((column - column0) * (column - column0)) <= squared)
                        {
                            plane[(row * width) + column] = 1;
                        }
                    }
                }
            }
        }

        return volume;
    }

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(IReadOnlyList<SampleObject> input)
        => AffineMapping.Translate(-OutputRegion.Top, -OutputRegion.Left);
}
