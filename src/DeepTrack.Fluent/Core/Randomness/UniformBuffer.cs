using System;

namespace DeepTrack.Fluent;

/// <summary>
/// The doubles of a <see cref="RandomStream"/>, in the stream's order, drawn a block at a time into caller-provided
/// storage so that a loop that takes one per pixel does not update the stream's state per draw. <see cref="Sync"/>
/// puts the stream back just after the last value taken, so the stream continues as if every value had been drawn
/// by <see cref="RandomStream.NextDouble()"/>. With empty storage every value is drawn from the stream directly.
/// </summary>
internal ref struct UniformBuffer
{
    private readonly RandomStream stream;
    private readonly Span<double> values;
    private (ulong, ulong, ulong, ulong) blockStart;
    private int available;
    private int next;

    /// <summary>Creates a buffer over <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream the values come from.</param>
    /// <param name="storage">Where blocks are drawn to (its length is the block size; empty: no blocks).</param>
    public UniformBuffer(RandomStream stream, Span<double> storage)
    {
        this.stream = stream;
        values = storage;
    }

    /// <summary>The values of the current block not yet taken (0 with empty storage).</summary>
    public readonly int Remaining => available - next;

    /// <summary>The next value.</summary>
    /// <returns>A uniform double in [0, 1).</returns>
    public double NextDouble()
    {
        if (next == available)
        {
            if (values.IsEmpty)
            {
                return stream.NextDouble();
            }

            Refill();
        }

        return values[next++];
    }

    /// <summary>
    /// The next <paramref name="count"/> values as a span, drawing a new block first when the current one is used up.
    /// </summary>
    /// <param name="count">How many (at most <see cref="Remaining"/> if that is not 0, and at most the block size).</param>
    /// <returns>The values, valid until the next call.</returns>
    public ReadOnlySpan<double> Take(int count)
    {
        if (next == available)
        {
            Refill();
        }

        var taken = values.Slice(next, count);
        next += count;
        return taken;
    }

    /// <summary>Puts the stream just after the last value taken; later values are drawn from there.</summary>
    public void Sync()
    {
        if (available > 0)
        {
            stream.Restore(blockStart);
            stream.Skip(next);
            available = next = 0;
        }
    }

    private void Refill()
    {
        blockStart = stream.Save();
        stream.NextDoubles(values);
        available = values.Length;
        next = 0;
    }
}
