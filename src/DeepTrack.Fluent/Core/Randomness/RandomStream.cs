using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace DeepTrack.Fluent;

/// <summary>
/// A fast, seeded pseudo-random stream (xoshiro256**, seeded through SplitMix64) that the pipeline
/// hands to samplers and to features that draw while they compute.
/// </summary>
/// <remarks>
/// Every stream is derived from a 64-bit key that mixes the pipeline seed, the sample index, the node,
/// the property and the replica, so a draw depends on nothing else: not on the thread, the order in
/// which samples are generated, or the batch size. <c>System.Random</c> is not used because its
/// seeds are 32-bit (keys would collide) and creating one allocates a large state table per draw.
/// A stream handed to a sampler is valid only for the duration of that call.
/// </remarks>
public sealed class RandomStream
{
    private ulong s0, s1, s2, s3;
    private double spareGaussian;
    private bool hasSpareGaussian;

    /// <summary>Creates a stream from a 64-bit key.</summary>
    /// <param name="key">The key; equal keys give equal streams.</param>
    public RandomStream(ulong key) => Reset(key);

    /// <summary>Restarts the stream from a new key.</summary>
    /// <param name="key">The key; equal keys give equal streams.</param>
    internal void Reset(ulong key)
    {
        ulong x = key;
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
        hasSpareGaussian = false;
    }

    /// <summary>Returns 64 uniformly distributed random bits.</summary>
    public ulong NextUInt64() => Step(ref s0, ref s1, ref s2, ref s3);

    /// <summary>One xoshiro256** step on the state (a, b, c, d): the output, and the state advanced.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ref ulong a, ref ulong b, ref ulong c, ref ulong d)
    {
        ulong result = BitOperations.RotateLeft(b * 5, 7) * 9;
        ulong t = b << 17;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = BitOperations.RotateLeft(d, 45);
        return result;
    }

    /// <summary>Returns a uniformly distributed double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => ToUnit(NextUInt64());

    /// <summary>
    /// Fills <paramref name="destination"/> with the stream's next doubles, the values that as many calls of
    /// <see cref="NextDouble()"/> would return (the state is kept in registers while the block is drawn).
    /// </summary>
    internal void NextDoubles(Span<double> destination)
    {
        ulong a = s0, b = s1, c = s2, d = s3;
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = ToUnit(Step(ref a, ref b, ref c, ref d));
        }

        (s0, s1, s2, s3) = (a, b, c, d);
    }

    /// <summary>
    /// The top 53 bits of <paramref name="bits"/> as a double in [0, 1). They fit a <see cref="long"/>, whose conversion
    /// is one instruction on every x64 processor; that of a <see cref="ulong"/> (same value) is a branch and several
    /// instructions without AVX-512.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ToUnit(ulong bits) => (long)(bits >> 11) * (1.0 / (1UL << 53));

    /// <summary>The generator's position, to return to with <see cref="Restore"/> (the spare normal deviate is not part of it).</summary>
    internal (ulong, ulong, ulong, ulong) Save() => (s0, s1, s2, s3);

    /// <summary>Returns the generator to a position taken by <see cref="Save"/>.</summary>
    /// <param name="state">The position.</param>
    internal void Restore((ulong, ulong, ulong, ulong) state) => (s0, s1, s2, s3) = state;

    /// <summary>Advances the generator by <paramref name="count"/> draws.</summary>
    /// <param name="count">The draws to pass over.</param>
    internal void Skip(int count)
    {
        for (int i = 0; i < count; i++)
        {
            NextUInt64();
        }
    }

    /// <summary>Returns a uniformly distributed double in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    /// <param name="low">Inclusive lower bound.</param>
    /// <param name="high">Exclusive upper bound.</param>
    public double NextDouble(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>Returns a uniformly distributed integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    /// <param name="maxExclusive">Exclusive upper bound; must be positive.</param>
    public int NextInt(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "The upper bound must be positive.");
        }

        // Lemire's multiply-shift method; the rare biased low range is rejected.
        ulong range = (ulong)maxExclusive;
        ulong m = (NextUInt64() >> 32) * range;
        if ((m & 0xFFFF_FFFFUL) < range)
        {
            ulong threshold = (0x1_0000_0000UL - range) % range;
            while ((m & 0xFFFF_FFFFUL) < threshold)
            {
                m = (NextUInt64() >> 32) * range;
            }
        }

        return (int)(m >> 32);
    }

    /// <summary>Returns a uniformly distributed integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    /// <param name="minInclusive">Inclusive lower bound.</param>
    /// <param name="maxExclusive">Exclusive upper bound; must exceed <paramref name="minInclusive"/>.</param>
    public int NextInt(int minInclusive, int maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, $"The upper bound must exceed the lower bound {minInclusive}.");
        }

        return minInclusive + NextInt(maxExclusive - minInclusive);
    }

    /// <summary>Returns a standard normal deviate (mean 0, standard deviation 1), by the Marsaglia polar method.</summary>
    public double NextGaussian()
    {
        if (hasSpareGaussian)
        {
            hasSpareGaussian = false;
            return spareGaussian;
        }

        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);

        double factor = Math.Sqrt(-2 * Math.Log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    /// <summary>Mixes two 64-bit values into one well-distributed key (used to derive stream keys).</summary>
    /// <param name="a">First value.</param>
    /// <param name="b">Second value.</param>
    /// <returns>A key that changes completely when either input changes in any bit.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b)
    {
        ulong x = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        return Finalize(x);
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Finalize(state);
    }

    private static ulong Finalize(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
