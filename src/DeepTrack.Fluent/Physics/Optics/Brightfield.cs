using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A brightfield microscope with coherent illumination (see <see cref="CoherentOptics"/>): the camera records
/// |E|², 1 where there is no sample. Accepts volume objects (via <see cref="VolumeObject.RefractiveIndex"/>)
/// and field scatterers (<see cref="IFieldScatterer"/>). Upscaled images are binned by averaging.
/// </summary>
[Feature]
public sealed partial record Brightfield : CoherentOptics
{
    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        var (pooled, _, layout, truth) = ImageField(input, context, background: false);
        using (pooled)
        {
            var field = pooled.Span;
            var intensity = new double[field.Length];
            for (int i = 0; i < field.Length; i++)
            {
                intensity[i] = field[i].Real * field[i].Real + field[i].Imaginary * field[i].Imaginary;
            }

            return Binning.Mean(intensity, layout.OutputHeight, layout.OutputWidth, layout.Upscale).WithTruth(truth);
        }
    }
}
