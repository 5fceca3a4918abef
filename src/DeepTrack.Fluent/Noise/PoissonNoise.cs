using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DeepTrack.Fluent.Noise;

/// <summary>
/// Shot noise at a signal-to-noise ratio: the image is taken as proportional to the expected number of photons per
/// pixel, each pixel is replaced by a Poisson count of its photons and the result is scaled back, so the mean is
/// unchanged and the variance is value / (photons per unit).
/// </summary>
/// <remarks>
/// <para>Scale (<see cref="SnrDefinition.PeakShotNoise"/>, the default): the brightest pixel, of value max, has
/// signal max − <see cref="Background"/> and shot noise √(max / s) at s photons per unit; s = Snr²·max/(max − B)²
/// makes their ratio exactly <see cref="Snr"/>, for any scale of the image (a peak of 0.01 or of 1000).
/// <see cref="SnrDefinition.DeepTrack2"/> reproduces DeepTrack 2.0's s = Snr²/(max − B)².</para>
/// <para>An image with no signal (max ≤ Background: no object in view, for example) gets the background's own
/// shot noise: s = Snr²/B, so that the background level B has a signal-to-noise ratio of Snr (B photons per pixel
/// of Snr²); if B ≤ 0 as well there is no light, and the image is 0. As in DeepTrack 2.0 a pixel with a negative
/// value expects no photons. The input is not modified.</para>
/// </remarks>
[Feature]
public sealed partial record PoissonNoise : Feature<Image<double>, Image<double>>
{
    /// <summary>The expected photon count above which a normal draw replaces the Poisson draw (relative error of its skewness below 1e-4).</summary>
    private const double NormalLimit = 1 << 30;

    /// <summary>The signal-to-noise ratio of the brightest pixel (&gt; 0).</summary>
    [Positive]
    public partial double Snr { get; init; } = 100;

    /// <summary>The level the signal is measured from.</summary>
    public partial double Background { get; init; } = 0;

    /// <summary>How <see cref="Snr"/> sets the photon scale (default: the measured SNR of the brightest pixel).</summary>
    public partial SnrDefinition Definition { get; init; } = SnrDefinition.PeakShotNoise;

    /// <inheritdoc />
    protected override Image<double> Compute(Image<double> input, FeatureContext context)
    {
        Require(double.IsFinite(Background), Background, "must be finite");
        var source = input.AsReadOnlySpan();
        double maximum = PositiveMaximum(source, out int index);
        if (index >= 0)
        {
            throw new ArgumentException(
                $"{Name} received a pixel that is not finite: input[{Describe(input, index)}] = {source[index]}. The image reaching {Name} must be finite; look at the features before it.",
                nameof(input));
        }

        double scale = PhotonsPerUnit(maximum);
        var output = input.CreateUninitializedLike();
        var target = output.AsWritableSpan();
        if (scale == 0)
        {
            target.Clear();
            return output;
        }

        double photons = maximum * scale;
        Require(double.IsFinite(photons) && photons < 1e300, Snr, $"gives {photons:G3} photons at the brightest pixel (value {maximum:G6}, background {Background:G6}): the signal is too small a fraction of the background for its shot noise to reach this SNR");
        Draw(source, scale, target, context.Random);
        return output;
    }

    /// <summary>
    /// target[i] = Poisson(source[i]·scale)/scale for positive pixels, 0 for the others, the draws taken from
    /// <paramref name="random"/> in pixel order. A positive pixel below a mean of <see cref="PoissonSampler.InversionLimit"/>
    /// takes one uniform; the shortcut of inversion (u &lt; 1 − λ: no photon) is taken a vector at a time in runs of
    /// <see cref="Vector{T}.Count"/> such pixels, and the pixels it leaves are collected with their uniforms and
    /// inverted a vector at a time (<see cref="PoissonSampler.Invert"/>, the same counts). Other pixels are drawn one
    /// by one, in their place in the order of draws.
    /// </summary>
    internal static void Draw(ReadOnlySpan<double> source, double scale, Span<double> target, RandomStream random)
    {
        const int Pending = 256;
        Span<double> storage = stackalloc double[256];
        Span<int> pendingIndex = stackalloc int[Pending + Vector<double>.Count];
        Span<double> pendingMean = stackalloc double[Pending + Vector<double>.Count];
        Span<double> pendingU = stackalloc double[Pending + Vector<double>.Count];
        var uniforms = new UniformBuffer(random, storage);
        int width = Vector<double>.Count, i = 0, pending = 0;
        var scales = new Vector<double>(scale);
        while (i <= source.Length - width)
        {
            // A run of vectors on the shortcut's path, as long as the current block of uniforms and the room for
            // pending pixels last; it stops before the first vector that must be drawn pixel by pixel.
            var block = uniforms.Block();
            int vectors = Math.Min((source.Length - i) / width, Math.Min(block.Length / width, (Pending - pending) / width));
            int done = Shortcut(source.Slice(i, vectors * width), target.Slice(i, vectors * width), block, scales, i, pendingIndex, pendingMean, pendingU, ref pending);
            uniforms.Skip(done * width);
            i += done * width;
            if (done == vectors && vectors > 0)
            {
                FlushWhenFull(ref pending, pendingIndex, pendingMean, pendingU, scale, target, Pending - width);
                continue;
            }

            // This vector has a pixel off the shortcut's path (not positive, at or beyond the inversion limit) or
            // would take uniforms from two blocks: its pixels are drawn one by one.
            for (int j = i; j < i + width; j++)
            {
                double photons = source[j] * scale;
                if (source[j] > 0 && photons < PoissonSampler.InversionLimit)
                {
                    double draw = uniforms.NextDouble();
                    target[j] = 0;
                    if (!(draw < 1 - photons))
                    {
                        pendingIndex[pending] = j;
                        pendingMean[pending] = photons;
                        pendingU[pending] = draw;
                        pending++;
                    }
                }
                else
                {
                    target[j] = Pixel(ref uniforms, random, source[j], scale);
                }
            }

            i += width;
            FlushWhenFull(ref pending, pendingIndex, pendingMean, pendingU, scale, target, Pending - width);
        }

        Invert(pendingIndex[..pending], pendingMean, pendingU, scale, target);
        for (; i < source.Length; i++)
        {
            target[i] = Pixel(ref uniforms, random, source[i], scale);
        }

        uniforms.Sync();
    }

    /// <summary>
    /// The shortcut a vector at a time over <paramref name="source"/> (a whole number of vectors) with the uniforms of
    /// <paramref name="u"/> in order, until a vector has a pixel that is not positive or not below the inversion limit;
    /// the pixels it leaves are appended to the pending ones. Returns the number of vectors done. (A method of its own,
    /// so that its loop keeps its counters in registers: the caller's buffer of uniforms lives in memory. The lengths
    /// are checked once, before the loop, which then reads and writes through references without bounds checks: with
    /// eight spans' lengths and bounds checked per vector, the loop had more counters than registers.)
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Shortcut(
        ReadOnlySpan<double> source, Span<double> target, ReadOnlySpan<double> u, Vector<double> scales, int start,
        Span<int> pendingIndex, Span<double> pendingMean, Span<double> pendingU, ref int pending)
    {
        int width = Vector<double>.Count, count = source.Length / width, v = 0;
        int room = Math.Min(pendingIndex.Length, Math.Min(pendingMean.Length, pendingU.Length));
        if (source.Length % width != 0 || target.Length < source.Length || u.Length < source.Length || room < pending + source.Length)
        {
            throw new ArgumentException($"The shortcut needs whole vectors ({source.Length} pixels), a target and uniforms for each and room for all of them pending after {pending} ({room}).");
        }

        ref double pixelsAt = ref MemoryMarshal.GetReference(source);
        ref double targetAt = ref MemoryMarshal.GetReference(target);
        ref double drawsAt = ref MemoryMarshal.GetReference(u);
        ref int indexAt = ref MemoryMarshal.GetReference(pendingIndex);
        ref double meanAt = ref MemoryMarshal.GetReference(pendingMean);
        ref double uniformAt = ref MemoryMarshal.GetReference(pendingU);
        var limit = new Vector<double>(PoissonSampler.InversionLimit);
        nint p = pending;
        for (; v < count; v++)
        {
            nuint o = (nuint)(v * width);
            var pixels = Vector.LoadUnsafe(ref pixelsAt, o);
            var mean = pixels * scales;
            if (!Vector.GreaterThanAll(pixels, Vector<double>.Zero) || !Vector.LessThanAll(mean, limit))
            {
                break;
            }

            var draws = Vector.LoadUnsafe(ref drawsAt, o);
            Vector.StoreUnsafe(Vector<double>.Zero, ref targetAt, o);
            var open = ~Vector.LessThan(draws, Vector<double>.One - mean);
            p += OpenLanes.Collect(OpenLanes.Best, open, start + (int)o, mean, draws, ref Unsafe.Add(ref indexAt, p), ref Unsafe.Add(ref meanAt, p), ref Unsafe.Add(ref uniformAt, p));
        }

        pending = (int)p;
        return v;
    }

    /// <summary>Inverts the pending pixels once there are more than <paramref name="room"/>, and empties the list.</summary>
    private static void FlushWhenFull(ref int pending, ReadOnlySpan<int> pendingIndex, Span<double> pendingMean, Span<double> pendingU, double scale, Span<double> target, int room)
    {
        if (pending > room)
        {
            Invert(pendingIndex[..pending], pendingMean, pendingU, scale, target);
            pending = 0;
        }
    }

    /// <summary>
    /// Writes the counts of inversion for the collected pixels (index, mean, uniform), a vector at a time, scaled back;
    /// <paramref name="mean"/> and <paramref name="u"/> have room for a vector beyond the last pixel.
    /// </summary>
    private static void Invert(ReadOnlySpan<int> index, Span<double> mean, Span<double> u, double scale, Span<double> target)
    {
        int width = Vector<double>.Count;
        // The lanes beyond the last pixel get mean 0, which takes the shortcut.
        mean.Slice(index.Length, width).Clear();
        u.Slice(index.Length, width).Clear();
        var scales = new Vector<double>(scale);
        Span<double> decided = stackalloc double[Vector<double>.Count];
        for (int start = 0; start < index.Length; start += width)
        {
            var means = new Vector<double>(mean.Slice(start));
            var uniforms = new Vector<double>(u.Slice(start));
            var counts = PoissonSampler.Invert(means, uniforms, out var undecided) / scales;
            // The counts go through memory once, so that a lane is read back by a load, not by taking the vector apart.
            counts.CopyTo(decided);
            if (undecided != Vector<long>.Zero)
            {
                for (int lane = 0; lane < width; lane++)
                {
                    if (undecided[lane] != 0)
                    {
                        decided[lane] = PoissonSampler.Inversion(uniforms[lane], means[lane]) / scale;
                    }
                }
            }

            int lanes = Math.Min(width, index.Length - start);
            for (int lane = 0; lane < lanes; lane++)
            {
                target[index[start + lane]] = decided[lane];
            }
        }
    }

    /// <summary>One pixel's Poisson count of photons, scaled back: a normal draw rounded to a whole number for means beyond 2^30 photons.</summary>
    private static double Pixel(ref UniformBuffer uniforms, RandomStream random, double value, double scale)
    {
        if (!(value > 0))
        {
            return 0;
        }

        double mean = value * scale;
        if (mean < NormalLimit)
        {
            return PoissonSampler.Draw(ref uniforms, mean) / scale;
        }

        uniforms.Sync();
        return Math.Round(mean + Math.Sqrt(mean) * random.NextGaussian()) / scale;
    }

    /// <summary>Photons per unit of the image (0: no light).</summary>
    private double PhotonsPerUnit(double maximum)
    {
        double signal = maximum - Background;
        if (signal > 0)
        {
            return Definition == SnrDefinition.DeepTrack2
                ? Snr * Snr / (signal * signal)
                : Snr * Snr * maximum / (signal * signal);
        }

        return Background > 0 ? Snr * Snr / Background : 0;
    }

    /// <summary>
    /// The largest pixel, or 0 when none is positive, in one pass that also finds the first pixel that is not finite
    /// (its index in <paramref name="nonFinite"/>, −1 when there is none; the maximum is then 0).
    /// </summary>
    private static double PositiveMaximum(ReadOnlySpan<double> values, out int nonFinite)
    {
        // x − x is 0 for a finite x and NaN otherwise; the pixel is looked for only from the first vector that has one.
        var maxima = Vector<double>.Zero;
        int i = 0;
        for (; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var vector = new Vector<double>(values.Slice(i));
            if (!Vector.EqualsAll(vector - vector, Vector<double>.Zero))
            {
                break;
            }

            maxima = Vector.Max(maxima, vector);
        }

        double maximum = 0;
        for (int lane = 0; lane < Vector<double>.Count; lane++)
        {
            maximum = Math.Max(maximum, maxima[lane]);
        }

        for (; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                nonFinite = i;
                return 0;
            }

            maximum = Math.Max(maximum, values[i]);
        }

        nonFinite = -1;
        return maximum;
    }

    private static string Describe(Image<double> image, int index)
    {
        int plane = index / (image.Height * image.Width), rest = index % (image.Height * image.Width);
        return image.Depth > 1 ? $"{rest / image.Width}, {rest % image.Width}, {plane}" : $"{rest / image.Width}, {rest % image.Width}";
    }
}
