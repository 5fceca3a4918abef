using System;

namespace DeepTrack.Fluent.Torch;

/// <summary>Seeded Fisher–Yates permutations.</summary>
internal static class Shuffling
{
    /// <summary>0 … count − 1, permuted with a stream keyed by <paramref name="key"/> (in order when it is null).</summary>
    public static int[] Order(int count, ulong? key)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        if (key is { } k)
        {
            var random = new RandomStream(k);
            for (int i = count - 1; i > 0; i--)
            {
                int j = random.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
        }

        return order;
    }

    /// <summary>Mini-batches per epoch: <paramref name="count"/> / <paramref name="batchSize"/>, rounded up unless a last, smaller batch is dropped.</summary>
    public static int BatchCount(int count, int batchSize, bool dropLast)
        => dropLast ? count / batchSize : (count + batchSize - 1) / batchSize;

    /// <summary>
    /// The positions 0 … count − 1 of one epoch's mini-batches: in order, or permuted by (seed, epoch), cut into batches of
    /// <paramref name="batchSize"/> (a last, smaller one dropped with <paramref name="dropLast"/>).
    /// </summary>
    public static int[][] EpochBatches(int count, int batchSize, bool shuffle, ulong seed, int epoch, bool dropLast)
    {
        int[] order = Order(count, shuffle ? RandomStream.Mix(seed, (ulong)epoch) : null);
        var batches = new int[BatchCount(count, batchSize, dropLast)][];
        for (int b = 0; b < batches.Length; b++)
        {
            batches[b] = order.AsSpan(b * batchSize, Math.Min(batchSize, count - b * batchSize)).ToArray();
        }

        return batches;
    }
}
