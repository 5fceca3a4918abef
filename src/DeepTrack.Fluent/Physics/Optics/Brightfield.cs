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
    /// <summary>This optics with pupil features applied to the ideal pupil.</summary>
    /// <param name="pupil">The pupil features.</param>
    /// <returns>The modified copy.</returns>
    public Brightfield WithPupil(Feature<PupilFunction, PupilFunction>? pupil) => this with { Pupil = pupil };

    /// <summary>This optics with a shaped illumination.</summary>
    /// <param name="illumination">Transforms the incident field.</param>
    /// <returns>The modified copy.</returns>
    public Brightfield WithIllumination(Feature<Image<Complex>, Image<Complex>>? illumination) => this with { Illumination = illumination };

    /// <inheritdoc />
    protected override Image<double> Compute(IReadOnlyList<SampleObject> input, FeatureContext context)
    {
        var (field, _, layout, truth) = ImageField(input, context, background: false);
        var intensity = new double[field.Length];
        for (int i = 0; i < field.Length; i++)
        {
            intensity[i] = field[i].Real * field[i].Real + field[i].Imaginary * field[i].Imaginary;
        }

        var image = Binning.Mean(intensity, layout.OutputHeight, layout.OutputWidth, layout.Upscale);
        return image.WithTruth(truth);
    }
}
