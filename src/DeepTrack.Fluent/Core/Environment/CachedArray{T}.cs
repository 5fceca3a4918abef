using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent;

/// <summary>An array kept in a <see cref="SimulationCache"/>; shared by every reader, so never written after it is created.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="Values">The values.</param>
internal sealed record CachedArray<T>(T[] Values) : ICachedValue
    where T : unmanaged
{
    /// <inheritdoc />
    public long CacheBytes => (long)Values.Length * Unsafe.SizeOf<T>();
}
