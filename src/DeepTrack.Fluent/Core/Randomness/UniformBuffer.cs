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
    /// The values of the current block not yet taken, drawing a new block first when it is used up (empty with empty
    /// storage). Taking some of them is <see cref="Skip"/>.
    /// </summary>
    /// <returns>The values, valid until the next call.</returns>
    public ReadOnlySpan<double> Block()
    {
        if (next == available && !values.IsEmpty)
        {
            Refill();
        }

        return values[next..available];
    }

    /// <summary>Takes <paramref name="count"/> values of <see cref="Block"/>.</summary>
    /// <param name="count">How many (at most the length of the block).</param>
    public void Skip(int count)
    {
        if ((uint)count > (uint)(available - next))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Only {available - next} values are left in the block.");
        }

        next += count;
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
