namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The grid coherent optics compute fields on, as handed to <see cref="IFieldScatterer"/>: a periodic FFT grid
/// of <see cref="Height"/> × <see cref="Width"/> simulation pixels whose pixel (0, 0) is at simulation pixel
/// (<see cref="OriginRow"/>, <see cref="OriginColumn"/>) of the sample.
/// </summary>
/// <param name="Height">Rows of the FFT grid.</param>
/// <param name="Width">Columns of the FFT grid.</param>
/// <param name="OriginRow">The sample row, in simulation pixels, of grid row 0.</param>
/// <param name="OriginColumn">The sample column, in simulation pixels, of grid column 0.</param>
/// <param name="Upscale">Simulation pixels per camera pixel.</param>
/// <param name="VoxelSize">The edge of one simulation pixel.</param>
/// <param name="Wavelength">The vacuum wavelength.</param>
/// <param name="NumericalAperture">The objective's numerical aperture.</param>
/// <param name="RefractiveIndexMedium">The refractive index of the medium.</param>
/// <remarks>Scatterers transform and cache with <see cref="Environment"/>, the environment of the optics' pipeline.</remarks>
public sealed record OpticalGrid(
    int Height,
    int Width,
    int OriginRow,
    int OriginColumn,
    int Upscale,
    Length VoxelSize,
    Length Wavelength,
    double NumericalAperture,
    double RefractiveIndexMedium)
{
    /// <summary>The environment of the pipeline being evaluated (a new default one when none is set).</summary>
    public SimulationEnvironment Environment
    {
        get => field ??= new SimulationEnvironment();
        init => field = value ?? throw new System.ArgumentNullException(nameof(value));
    }

    /// <summary>Rows of the output region, in simulation pixels (0: not known).</summary>
    public int OutputHeight { get; init; }

    /// <summary>Columns of the output region, in simulation pixels (0: not known).</summary>
    public int OutputWidth { get; init; }

    /// <summary>
    /// The angle between the illumination and the optical axis (radians) that field scatterers image with: 0 for
    /// transmitted light (brightfield, holography), π/2 for side illumination (darkfield), π for light reflected back
    /// (iSCAT). See <see cref="CoherentOptics.IlluminationAngle"/>.
    /// </summary>
    public double IlluminationAngle { get; init; }

    /// <summary>Converts a sample position in camera pixels to grid coordinates (simulation pixels, may be fractional).</summary>
    /// <param name="position">The position in camera pixels.</param>
    /// <returns>(row, column) on this grid.</returns>
    public (double Row, double Column) ToGrid(PixelPosition position)
        => (position.Row * Upscale + (Upscale - 1) / 2.0 - OriginRow, position.Column * Upscale + (Upscale - 1) / 2.0 - OriginColumn);
}
