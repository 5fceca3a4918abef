namespace DeepTrack.Fluent.Gpu.Kernels;

/// <summary>
/// Counter-based random numbers for the device: draw n of pixel p of an image with key k is a pure function of
/// (k, p, n) (SplitMix64 steps from a state mixed out of k and p), so noise does not depend on the batch size, the
/// launch order or the thread that computes the pixel.
/// </summary>
internal struct CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong state;

    /// <summary>The stream of pixel <paramref name="pixel"/> of the image with key <paramref name="key"/>.</summary>
    /// <param name="key">The image's key (from the pipeline's keyed stream of the noise feature for that sample).</param>
    /// <param name="pixel">The pixel's index in its image.</param>
    public CounterRandom(ulong key, long pixel) => state = Finalize(key ^ Finalize(((ulong)pixel + 1) * Golden));

    /// <summary>The next uniform double in [0, 1), 53 random bits.</summary>
    /// <returns>The value.</returns>
    public double NextDouble()
    {
        state += Golden;
        return (Finalize(state) >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
