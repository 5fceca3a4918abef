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
}
