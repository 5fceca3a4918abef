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
        => IntensityImage(input, context, Complex.Zero, subtractEmpty: false);
}
