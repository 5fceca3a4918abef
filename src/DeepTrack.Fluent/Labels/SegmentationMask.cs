using System.Collections.Generic;
using System.Linq;
using DeepTrack.Fluent.Physics;

namespace DeepTrack.Fluent.Labels;

/// <summary>
/// A segmentation label from the same sample as the optics: each volume object's own footprint (its voxels
/// projected along z and placed exactly as the optics place them, at camera-pixel resolution), 1 where at least
/// half a pixel is covered, 0 elsewhere.
/// </summary>
[Feature]
public sealed partial record SegmentationMask : Feature<IReadOnlyList<SampleObject>, Image<double>>
{
    /// <summary>The camera pixels returned (use the optics' region).</summary>
    public partial PixelRegion OutputRegion { get; init; } = PixelRegion.Square(128);

    /// <summary>The size of one camera pixel in the sample (use the optics' <see cref="Optics.PixelSize"/>).</summary>
    [Positive]
    public partial Length PixelSize { get; init; } = 100.Nanometers();

    /// <inheritdoc />
    protected internal override bool RecordsGroundTruth => false;

    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        Require(OutputRegion.Height >= 1 && OutputRegion.Width >= 1, OutputRegion, "must have at least one row and one column");
        var layout = new SimulationLayout(OutputRegion, 0, 1, PixelSize);
        var mask = new Image<double>(OutputRegion.Height, OutputRegion.Width);
        foreach (var item in input.OfType<VolumeObject>())
        {
            var coverage = AccumulationArray.Create<double>(layout.GridHeight * layout.GridWidth);
            foreach (var (_, plane) in VolumeRenderer.Render([item], layout, _ => 1.0))
            {
                var dense = plane.MakeDense();
                for (int i = 0; i < dense.Length; i++)
                {
                    coverage[i] = System.Math.Max(coverage[i], dense[i]);
                }
            }

            for (int row = 0; row < mask.Height; row++)
            {
                for (int column = 0; column < mask.Width; column++)
                {
                    if (coverage[row * layout.GridWidth + column] >= 0.5)
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
