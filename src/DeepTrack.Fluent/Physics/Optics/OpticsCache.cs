using System;
using System.Collections.Concurrent;
using System.Threading;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// Thread-safe caches of pupils and PSFs keyed by every parameter they depend on. Each is computed once even when
/// many threads ask at the same time. When the cached PSFs exceed <see cref="MaximumBytes"/> the caches are
/// emptied (pipelines that draw optical parameters per sample keep working, only slower).
/// </summary>
internal static class OpticsCache
{
    public const long MaximumBytes = 512L << 20;

    private static readonly ConcurrentDictionary<PupilKey, Lazy<Pupil>> Pupils = new();
    private static readonly ConcurrentDictionary<(PupilKey Key, int Z), Lazy<PsfPlane>> Psfs = new();
    private static long bytes;

    public static Pupil PupilOf(PupilKey key)
        => Pupils.GetOrAdd(key, static k => new Lazy<Pupil>(() => new Pupil(k), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public static PsfPlane PsfOf(PupilKey key, int z)
    {
        var lazy = Psfs.GetOrAdd((key, z), static k => new Lazy<PsfPlane>(() => Create(k.Key, k.Z), LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }

    private static PsfPlane Create(PupilKey key, int z)
    {
        var plane = new PsfPlane(PupilOf(key), z);
        if (Interlocked.Add(ref bytes, 3L * plane.Bytes) > MaximumBytes)
        {
            Interlocked.Exchange(ref bytes, 0);
            Psfs.Clear();
            Pupils.Clear();
        }

        return plane;
    }
}
