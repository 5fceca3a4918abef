using System;
using System.Numerics;
using DeepTrack.Fluent.Noise;
using Xunit;

namespace DeepTrack.Fluent.Tests.Noise;

/// <summary>
/// The block-drawn, vectorised Poisson noise gives the same bits as the pixel-by-pixel code it replaced
/// (<see cref="ScalarPoisson"/>) and leaves the stream where that code left it, on seeded random images whose expected
/// photon counts cover every path: zero and negative pixels (no draw), subnormal to small means (the u &lt; 1 − λ
/// shortcut), means around the inversion limit of 10 (PTRS above, two or more uniforms per pixel, so that runs of the
/// vector path start at every offset of the block of uniforms), means beyond 2^30 (a normal draw from the stream
/// itself), lengths that are not multiples of the vector width, and images long enough to use many blocks.
/// </summary>
public class PoissonEquivalenceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void NoiseIsBitForBitThePixelByPixelOne(int kind)
    {
        var random = new Random(500 + kind);
        long nonZero = 0;
        for (int trial = 0; trial < 60; trial++)
        {
            int length = trial < 20 ? random.Next(0, 40) : random.Next(40, 20_000);
            var source = Image(kind, length, random);
            double scale = Math.Pow(10, random.NextDouble() * 4 - 2);
            ulong key = (ulong)random.NextInt64();
            var expectedStream = new RandomStream(key);
            var actualStream = new RandomStream(key);
            if (trial % 3 == 0)
            {
                // A spare normal deviate left from before is used by the first normal draw in both.
                expectedStream.NextGaussian();
                actualStream.NextGaussian();
            }

            var expected = new double[length];
            var actual = new double[length];
            ScalarPoisson.Noise(source, scale, expected, expectedStream);
            PoissonNoise.Draw(source, scale, actual, actualStream);

            for (int i = 0; i < length; i++)
            {
                Assert.True(
                    BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i]),
                    $"kind {kind}, trial {trial}, pixel {i} of {length} (mean {source[i] * scale:R}): expected {expected[i]:R}, got {actual[i]:R}");
                nonZero += expected[i] != 0 ? 1 : 0;
            }

            Assert.Equal(expectedStream.NextUInt64(), actualStream.NextUInt64());
            Assert.Equal(expectedStream.NextGaussian(), actualStream.NextGaussian());
            Assert.Equal(expectedStream.NextGaussian(), actualStream.NextGaussian());
        }

        // The images had photons to count.
        Assert.True(nonZero > 1_000, $"only {nonZero} nonzero pixels");
    }

    [Fact]
    public void SamplerDrawsAreThePreviousOnesAndLeaveTheStreamWhereTheyDid()
    {
        var random = new Random(77);
        var expectedStream = new RandomStream(9);
        var actualStream = new RandomStream(9);
        for (int i = 0; i < 20_000; i++)
        {
            double mean = (i % 4) switch
            {
                0 => 12 * random.NextDouble(),
                1 => Math.Pow(10, random.NextDouble() * 12 - 6),
                2 => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(10.0) + random.Next(-3, 4)),
                _ => random.Next(0, 40),
            };

            Assert.Equal(BitConverter.DoubleToInt64Bits(ScalarPoisson.Draw(expectedStream, mean)), BitConverter.DoubleToInt64Bits(PoissonSampler.Draw(actualStream, mean)));
        }

        Assert.Equal(expectedStream.NextUInt64(), actualStream.NextUInt64());
    }

    /// <summary>
    /// Uniforms on and next to the cumulative probabilities that inversion compares them with, where the vector
    /// estimate cannot decide: those lanes are flagged, the others get inversion's count, and the noise loop's
    /// combination of the two is inversion's count in every lane.
    /// </summary>
    [Fact]
    public void VectorInversionDecidesOnlyWhatItCanAndFlagsTheRest()
    {
        var random = new Random(3);
        int width = Vector<double>.Count, flagged = 0, decided = 0;
        var means = new double[width];
        var uniforms = new double[width];
        for (int trial = 0; trial < 20_000; trial++)
        {
            for (int lane = 0; lane < width; lane++)
            {
                double mean = trial % 5 == 0 ? Math.Pow(10, -8 * random.NextDouble()) : 10 * random.NextDouble();
                means[lane] = mean;
                uniforms[lane] = random.Next(4) switch
                {
                    0 => random.NextDouble(),
                    1 => Boundary(mean, random.Next(0, (int)mean + 3), random),
                    2 => Math.BitIncrement(Boundary(mean, random.Next(0, (int)mean + 3), random)),
                    _ => Boundary(mean, random.Next(0, (int)mean + 3), random) + (random.NextDouble() - 0.5) * 4e-12,
                };
                uniforms[lane] = Math.Clamp(uniforms[lane], 0, Math.BitDecrement(1.0));
            }

            var counts = PoissonSampler.Invert(new Vector<double>(means), new Vector<double>(uniforms), out var undecided);
            for (int lane = 0; lane < width; lane++)
            {
                double expected = PoissonSampler.Inversion(uniforms[lane], means[lane]);
                if (undecided[lane] != 0)
                {
                    flagged++;
                }
                else
                {
                    decided++;
                    Assert.True(expected == counts[lane], $"mean {means[lane]:R}, u {uniforms[lane]:R}: inversion gives {expected}, the vector {counts[lane]}");
                }
            }
        }

        // Both kinds of lanes occurred: uniforms within the margin were flagged, and most were decided.
        Assert.True(flagged > 10_000, $"only {flagged} lanes flagged");
        Assert.True(decided > 20_000, $"only {decided} lanes decided");
    }

    /// <summary>
    /// The collection of the lanes that the shortcut leaves, for every mask of open lanes at several pixel offsets:
    /// every way this processor supports (the lane-by-lane loop, AVX2's table of permutations, AVX-512's compress) gives
    /// the open lanes' index, mean and uniform at the front of the spans, in lane order, and their number.
    /// </summary>
    [Fact]
    public void EveryWayOfCollectingOpenLanesKeepsThoseLanesInOrder()
    {
        int width = Vector<double>.Count, checkedMasks = 0;
        var packings = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Where(Enum.GetValues<OpenLanes.Packing>(), OpenLanes.IsSupported));
        var means = new double[width];
        var uniforms = new double[width];
        var lanes = new long[width];
        for (int lane = 0; lane < width; lane++)
        {
            means[lane] = 0.5 + lane;
            uniforms[lane] = 0.25 + lane / 8.0;
        }

        foreach (int start in new[] { 0, 4, 1_000, 65_532 })
        {
            for (int mask = 0; mask < 1 << width; mask++)
            {
                for (int lane = 0; lane < width; lane++)
                {
                    lanes[lane] = (mask >> lane & 1) != 0 ? -1 : 0;
                }

                int[] expected = [.. System.Linq.Enumerable.Where(System.Linq.Enumerable.Range(0, width), lane => (mask >> lane & 1) != 0)];
                foreach (var packing in packings)
                {
                    var index = new int[2 * width];
                    var collectedMeans = new double[2 * width];
                    var collectedUniforms = new double[2 * width];
                    int count = OpenLanes.Collect(packing, new Vector<long>(lanes), start, new Vector<double>(means), new Vector<double>(uniforms), ref index[0], ref collectedMeans[0], ref collectedUniforms[0]);

                    Assert.Equal(expected.Length, count);
                    for (int k = 0; k < count; k++)
                    {
                        Assert.Equal(start + expected[k], index[k]);
                        Assert.Equal(means[expected[k]], collectedMeans[k]);
                        Assert.Equal(uniforms[expected[k]], collectedUniforms[k]);
                    }

                    checkedMasks++;
                }
            }
        }

        Assert.Equal(4 * (1 << width) * packings.Length, checkedMasks);
        Assert.Contains(OpenLanes.Best, packings);
    }

    /// <summary>The cumulative probability that inversion compares with after <paramref name="count"/> terms (1 − λ at the shortcut).</summary>
    private static double Boundary(double mean, int count, Random random)
    {
        double probability = Math.Exp(-mean), cumulative = probability;
        for (int k = 1; k <= count; k++)
        {
            probability *= mean / k;
            cumulative += probability;
        }

        return count == 0 && mean < 1 && random.Next(2) == 0 ? 1 - mean : cumulative;
    }

    private static double[] Image(int kind, int length, Random random)
    {
        var image = new double[length];
        for (int i = 0; i < length; i++)
        {
            image[i] = kind switch
            {
                // Means in [0, 12) times the scale's range: inversion and PTRS mixed.
                0 => 12 * random.NextDouble(),
                // Dim pixels, from subnormal to 1: mostly the shortcut.
                1 => Math.Pow(10, -random.Next(0, 320) * random.NextDouble()),
                // A fluorescence-like spot: a bright centre over a long tail, so that runs of inversion follow PTRS pixels.
                2 => 900 / (1 + Math.Pow((i % 97) / 3.0, 3)),
                // Zeros, negatives and non-positive pixels among dim ones.
                3 => random.Next(4) switch { 0 => 0, 1 => -random.NextDouble(), 2 => -0.0, _ => random.NextDouble() },
                // Around the inversion limit, a few ulps either side (for scale 1).
                4 => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(10.0) + random.Next(-4, 5)) * (random.Next(2) == 0 ? 1 : random.NextDouble()),
                // Now and then a mean beyond 2^30 photons, drawn as a normal deviate from the stream itself.
                _ => random.Next(50) == 0 ? 3e9 * (1 + random.NextDouble()) : 5 * random.NextDouble(),
            };
        }

        return image;
    }
}
