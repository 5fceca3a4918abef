using System;

namespace DeepTrack.Fluent.Physics.Mie;

/// <summary>
/// What the tabulated Mie kernel needs besides the grid point: the sampling plane, the wavenumber, the collection
/// cone and the polarisation (as cosines and sines, so the kernel needs no inverse trigonometry).
/// </summary>
/// <param name="OffsetZ">Distance of the sampling plane beyond the particle, in metres.</param>
/// <param name="K">Wavenumber in the medium, per metre.</param>
/// <param name="RhoMax">Lateral radius of the collection cone on the plane, in metres.</param>
/// <param name="CosIn">cos of the input polarisation angle.</param>
/// <param name="SinIn">sin of the input polarisation angle.</param>
/// <param name="CosOut">cos of the analyser angle (1 without analyser).</param>
/// <param name="SinOut">sin of the analyser angle (0 without analyser).</param>
/// <param name="HasAnalyser">Whether an analyser follows the sample.</param>
public readonly record struct MieGeometry(double OffsetZ, double K, double RhoMax, double CosIn, double SinIn, double CosOut, double SinOut, bool HasAnalyser)
{
    /// <summary>Creates the geometry from angles.</summary>
    /// <param name="offsetZ">Distance of the sampling plane beyond the particle, in metres.</param>
    /// <param name="k">Wavenumber in the medium, per metre.</param>
    /// <param name="collectionAngle">Half-angle of the collection cone, in radians.</param>
    /// <param name="inputPolarization">Input polarisation angle, in radians.</param>
    /// <param name="outputPolarization">Analyser angle in radians, or NaN for none.</param>
    /// <returns>The geometry.</returns>
    public static MieGeometry Create(double offsetZ, double k, double collectionAngle, double inputPolarization, double outputPolarization)
    {
        bool analyser = !double.IsNaN(outputPolarization);
        return new MieGeometry(
            offsetZ,
            k,
            offsetZ * Math.Tan(collectionAngle),
            Math.Cos(inputPolarization),
            Math.Sin(inputPolarization),
            analyser ? Math.Cos(outputPolarization) : 1,
            analyser ? Math.Sin(outputPolarization) : 0,
            analyser);
    }
}
