using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The base of optics features: they image the sample (the list of <see cref="SampleObject"/>s appended by
/// scatterers) through an objective and return what the camera records in <see cref="OutputRegion"/>.
/// </summary>
/// <remarks>
/// <para>Units and frames. One output pixel is one camera pixel in the sample plane:
/// <see cref="PixelSize"/> = <see cref="CameraPixelPitch"/> / <see cref="Magnification"/>. Positions are in these
/// pixels, row first, 0-based, integers at pixel centres; output pixel (0, 0) is sample pixel
/// (<see cref="OutputRegion"/>.Top, .Left), and positional ground truth is shifted accordingly. z is in the same
/// pixels; the simulation's z step is the pixel size divided by <see cref="AxialUpscale"/>.</para>
/// <para>Grid. The region plus <see cref="Padding"/> pixels on every side is simulated at <see cref="Upscale"/>
/// simulation pixels per camera pixel along the rows and the columns (and <see cref="AxialUpscale"/> planes per
/// pixel along z), on a periodic grid padded to an FFT-friendly size (2^a·3^b); the result is cropped to the
/// region and binned back to camera pixels.</para>
/// </remarks>
[Feature]
public abstract partial record Optics : Feature<IReadOnlyList<SampleObject>, Image<double>>
{
    /// <summary>The numerical aperture of the objective (0 &lt; NA &lt; <see cref="RefractiveIndexMedium"/>).</summary>
    [Positive]
    [LessThan(nameof(RefractiveIndexMedium))]
    public partial double NA { get; init; } = 0.7;

    /// <summary>The vacuum wavelength of the imaged light.</summary>
    [Wavelength]
    public partial Length Wavelength { get; init; } = 660.Nanometers();

    /// <summary>The refractive index of the medium (&gt; 0).</summary>
    [Positive]
    public partial double RefractiveIndexMedium { get; init; } = 1.33;

    /// <summary>The magnification of the objective (&gt; 0).</summary>
    [Positive]
    public partial double Magnification { get; init; } = 10;

    /// <summary>The pixel pitch of the camera (DeepTrack 2.0's "resolution").</summary>
    [Positive]
    public partial Length CameraPixelPitch { get; init; } = 1.Micrometers();

    /// <summary>Pixels simulated beyond each side of the output region (≥ 0) so that light from outside it is seen.</summary>
    [NonNegative]
    public partial int Padding { get; init; } = 10;

    /// <summary>The camera pixels returned.</summary>
    public partial PixelRegion OutputRegion { get; init; } = PixelRegion.Square(128);

    /// <summary>
    /// Simulation pixels per camera pixel along the rows and the columns (≥ 1), and along z unless
    /// <see cref="AxialUpscale"/> is set; the result is binned back to camera pixels.
    /// </summary>
    [Positive]
    public partial int Upscale { get; init; } = 1;

    /// <summary>
    /// Simulation planes per camera pixel along z (≥ 1); null: <see cref="Upscale"/>. DeepTrack 2.0's
    /// <c>upscale=(2, 2, 1)</c> is <c>WithUpscale(2).WithAxialUpscale(1)</c>.
    /// </summary>
    public partial int? AxialUpscale { get; init; } = null;

    /// <summary>
    /// Pupil features applied to the ideal pupil (aberrations, apodization), e.g. <c>Zernike.Defocus(1)</c>;
    /// null: aberration-free. Their properties are drawn per sample and recorded in the ground truth.
    /// </summary>
    public Feature<PupilFunction, PupilFunction>? Pupil { get; init; }

    /// <summary>The size of one camera pixel in the sample: <see cref="CameraPixelPitch"/> / <see cref="Magnification"/>.</summary>
    public Length PixelSize => CameraPixelPitch / Magnification;

    /// <inheritdoc />
    public override IReadOnlyList<Feature> Children => Pupil is null ? [] : [Pupil];

    /// <inheritdoc />
    protected override CoordinateMapping MapCoordinates(IReadOnlyList<SampleObject> input)
        => AffineMapping.Translate(-OutputRegion.Top, -OutputRegion.Left);

    /// <summary>Checks the optical parameters and returns the simulation grid.</summary>
    /// <returns>The grid.</returns>
    internal SimulationLayout CheckedLayout()
    {
        Require(OutputRegion.Height >= 1 && OutputRegion.Width >= 1, OutputRegion, "must have at least one row and one column");
        Require(Math.Abs((double)OutputRegion.Top) + OutputRegion.Height + Padding <= 1 << 24 && Math.Abs((double)OutputRegion.Left) + OutputRegion.Width + Padding <= 1 << 24, OutputRegion, $"must lie within ±2^24 pixels of the origin (with padding {Padding})");
        Require(AxialUpscale is null or >= 1, AxialUpscale, "must be ≥ 1 (or null: the lateral upscale)");
        double pixels = ((double)OutputRegion.Height + 2.0 * Padding) * Upscale * ((double)OutputRegion.Width + 2.0 * Padding) * Upscale;
        Require(pixels <= 1L << 26, OutputRegion, $"with padding {Padding} and upscale {Upscale} needs {pixels:G4} simulation pixels (at most 2^26)");
        return new SimulationLayout(OutputRegion, Padding, Upscale, AxialUpscale ?? Upscale, PixelSize);
    }

    /// <summary>Evaluates the pupil features (the ideal pupil if there are none).</summary>
    /// <param name="context">The context.</param>
    /// <returns>The pupil description.</returns>
    internal PupilFunction EvaluatePupil(FeatureContext context)
        => Pupil is null ? PupilFunction.Ideal : context.Evaluate(Pupil, PupilFunction.Ideal);

    /// <summary>The cache key of the pupil on the grid of <paramref name="layout"/>.</summary>
    /// <param name="layout">The grid.</param>
    /// <param name="function">The pupil description.</param>
    /// <returns>The key.</returns>
    internal PupilKey KeyOf(SimulationLayout layout, PupilFunction function)
        => new(layout.GridHeight, layout.GridWidth, NA, Wavelength.Meters, RefractiveIndexMedium, layout.Voxels.VoxelSize.Meters, layout.Voxels.AxialVoxelSize.Meters, function);
}
