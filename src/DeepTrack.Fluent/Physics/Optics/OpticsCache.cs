using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// The pupils, PSFs and OTFs of the optics, kept in the environment's cache (<see cref="SimulationEnvironment.Cache"/>)
/// and keyed by every parameter they depend on. Each is computed once even when many threads ask at the same time;
/// a pipeline that draws optical parameters per sample stays within the cache's byte budget.
/// </summary>
internal static class OpticsCache
{
    /// <summary>The pupil of <paramref name="key"/>.</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="key">The pupil's parameters.</param>
    /// <returns>The shared pupil.</returns>
    public static Pupil PupilOf(SimulationEnvironment environment, PupilKey key)
        => environment.Cache.GetOrAdd(key, static k => new Pupil(k));

    /// <summary>The PSF of <paramref name="key"/>'s pupil <paramref name="z"/> voxels from focus.</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="key">The pupil's parameters.</param>
    /// <param name="z">The defocus in voxels.</param>
    /// <returns>The shared PSF.</returns>
    public static PsfPlane PsfOf(SimulationEnvironment environment, PupilKey key, int z)
        => environment.Cache.GetOrAdd((key, z), environment, static (k, e) => new PsfPlane(PupilOf(e, k.key), k.z, e.Fft));

    /// <summary>The OTF (the FFT of the PSF) of <paramref name="key"/>'s pupil <paramref name="z"/> voxels from focus.</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="key">The pupil's parameters.</param>
    /// <param name="z">The defocus in voxels.</param>
    /// <returns>The shared OTF, row-major.</returns>
    public static Complex[] OtfOf(SimulationEnvironment environment, PupilKey key, int z)
        => environment.Cache.GetOrAdd(new OtfKey(key, z), environment, static (k, e) => new CachedArray<Complex>(PsfOf(e, k.Pupil, k.Z).ComputeOtf(e.Fft))).Values;

    private readonly record struct OtfKey(PupilKey Pupil, int Z);
}
