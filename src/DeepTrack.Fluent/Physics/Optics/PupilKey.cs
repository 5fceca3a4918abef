namespace DeepTrack.Fluent.Physics;

/// <summary>Everything a pupil on a grid depends on (the cache key of pupils and PSFs).</summary>
/// <param name="Height">Grid rows.</param>
/// <param name="Width">Grid columns.</param>
/// <param name="NA">Numerical aperture.</param>
/// <param name="WavelengthMeters">Vacuum wavelength in metres.</param>
/// <param name="RefractiveIndexMedium">Refractive index of the medium.</param>
/// <param name="VoxelMeters">Lateral simulation voxel edge in metres.</param>
/// <param name="AxialVoxelMeters">The z step of the simulation in metres (the defocus of one plane).</param>
/// <param name="Function">The pupil description.</param>
internal sealed record PupilKey(int Height, int Width, double NA, double WavelengthMeters, double RefractiveIndexMedium, double VoxelMeters, double AxialVoxelMeters, PupilFunction Function);
