using System;
using System.Buffers;
using System.Numerics;

namespace DeepTrack.Fluent.Physics;

/// <summary>
/// A field of the output region in an array rented from <see cref="ArrayPool{T}.Shared"/>, for the optics that turn it
/// into their image and drop it (an intensity, a hologram's two planes): disposing it returns the array. Without the
/// pool every image would allocate the field afresh, a large object from 128² up.
/// </summary>
internal readonly struct PooledField : IDisposable
{
    private readonly Complex[]? array;

    /// <summary>Rents room for <paramref name="length"/> values (their contents are whatever the pool holds).</summary>
    /// <param name="length">The number of values.</param>
    public PooledField(int length)
    {
        array = ArrayPool<Complex>.Shared.Rent(length);
        Length = length;
    }

    /// <summary>The number of values.</summary>
    public int Length { get; }

    /// <summary>The values.</summary>
    public Span<Complex> Span => array.AsSpan(0, Length);

    /// <summary>Returns the array to the pool; the field must not be used afterwards.</summary>
    public void Dispose()
    {
        if (array is not null)
        {
            ArrayPool<Complex>.Shared.Return(array);
        }
    }
}
