using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DeepTrack.Fluent.Physics.Fft;

/// <summary>
/// A precomputed forward transform of one length: the factorisation into radices (4, 2, 3, then any prime) and
/// the twiddle factors of every stage of a Stockham autosort FFT. The same plan transforms any number of
/// interleaved sequences at once (a stride), which is how columns of a row-major image are transformed together.
/// </summary>
/// <remarks>
/// With AVX the butterflies take two interleaved sequences at a time (two complex values in a 256-bit vector), each
/// lane with the operations of <see cref="Complex"/>'s operators in their order (the product as (a·c − b·d, b·c + a·d)
/// by one multiply per part and an add-subtract, never a fused multiply-add), so the result is bit for bit that of the
/// scalar butterflies, which take a single sequence and the stages of stride 1.
/// </remarks>
internal sealed class FftPlan
{
    private readonly int[] radices;
    private readonly Complex[][] twiddles;
    private readonly Complex[][] roots;

    public FftPlan(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        Length = length;
        radices = Factor(length);
        twiddles = new Complex[radices.Length][];
        roots = new Complex[radices.Length][];
        int current = length;
        for (int stage = 0; stage < radices.Length; stage++)
        {
            int p = radices[stage], m = current / p;
            var stageTwiddles = new Complex[m * (p - 1)];
            for (int j = 0; j < m; j++)
            {
                for (int k = 1; k < p; k++)
                {
                    double angle = -2 * Math.PI * j * k / current;
                    stageTwiddles[j * (p - 1) + k - 1] = new Complex(Math.Cos(angle), Math.Sin(angle));
                }
            }

            twiddles[stage] = stageTwiddles;
            var stageRoots = new Complex[p];
            for (int k = 0; k < p; k++)
            {
                double angle = -2 * Math.PI * k / p;
                stageRoots[k] = new Complex(Math.Cos(angle), Math.Sin(angle));
            }

            roots[stage] = stageRoots;
            current = m;
        }
    }

    public int Length { get; }

    /// <summary>
    /// Forward-transforms <paramref name="stride"/> interleaved sequences of <see cref="Length"/> values: element
    /// i of sequence q is at <c>i·stride + q</c>. The result replaces <paramref name="data"/>.
    /// </summary>
    /// <param name="data">Length·stride values.</param>
    /// <param name="scratch">At least Length·stride values of work space.</param>
    /// <param name="stride">The number of interleaved sequences.</param>
    public void Forward(Span<Complex> data, Span<Complex> scratch, int stride) => Forward(data, scratch, stride, Avx.IsSupported);

    /// <summary><see cref="Forward(Span{Complex}, Span{Complex}, int)"/>, with or without the vector butterflies.</summary>
    /// <param name="data">Length·stride values.</param>
    /// <param name="scratch">At least Length·stride values of work space.</param>
    /// <param name="stride">The number of interleaved sequences.</param>
    /// <param name="vectorize">Whether to take pairs of sequences in AVX vectors (ignored without AVX).</param>
    internal void Forward(Span<Complex> data, Span<Complex> scratch, int stride, bool vectorize)
    {
        vectorize &= Avx.IsSupported;
        int total = Length * stride;
        Span<Complex> source = data[..total], target = scratch[..total];
        int current = Length, s = stride;
        for (int stage = 0; stage < radices.Length; stage++)
        {
            int p = radices[stage], m = current / p;
            switch (p)
            {
                case 4:
                    Radix4(source, target, m, s, twiddles[stage], vectorize);
                    break;
                case 2:
                    Radix2(source, target, m, s, twiddles[stage], vectorize);
                    break;
                case 3:
                    Radix3(source, target, m, s, twiddles[stage], vectorize);
                    break;
                default:
                    RadixAny(source, target, p, m, s, twiddles[stage], roots[stage]);
                    break;
            }

            var swap = source;
            source = target;
            target = swap;
            current = m;
            s *= p;
        }

        if (radices.Length % 2 == 1)
        {
            source.CopyTo(data);
        }
    }

    private static void Radix2(ReadOnlySpan<Complex> x, Span<Complex> y, int m, int s, Complex[] w, bool vectorize)
    {
        for (int j = 0; j < m; j++)
        {
            var w1 = w[j];
            var in0 = x.Slice(s * j, s);
            var in1 = x.Slice(s * (j + m), s);
            var out0 = y.Slice(s * 2 * j, s);
            var out1 = y.Slice(s * (2 * j + 1), s);
            int q = vectorize ? Radix2Pairs(in0, in1, out0, out1, w1) : 0;
            for (; q < s; q++)
            {
                Complex a = in0[q], b = in1[q];
                out0[q] = a + b;
                out1[q] = (a - b) * w1;
            }
        }
    }

    private static void Radix3(ReadOnlySpan<Complex> x, Span<Complex> y, int m, int s, Complex[] w, bool vectorize)
    {
        const double Sin60 = 0.86602540378443864676;
        for (int j = 0; j < m; j++)
        {
            Complex w1 = w[2 * j], w2 = w[2 * j + 1];
            var in0 = x.Slice(s * j, s);
            var in1 = x.Slice(s * (j + m), s);
            var in2 = x.Slice(s * (j + 2 * m), s);
            var out0 = y.Slice(s * 3 * j, s);
            var out1 = y.Slice(s * (3 * j + 1), s);
            var out2 = y.Slice(s * (3 * j + 2), s);
            int q = vectorize ? Radix3Pairs(in0, in1, in2, out0, out1, out2, w1, w2) : 0;
            for (; q < s; q++)
            {
                Complex a0 = in0[q], a1 = in1[q], a2 = in2[q];
                Complex t1 = a1 + a2;
                Complex t2 = a0 - 0.5 * t1;
                Complex d = a1 - a2;
                var t3 = new Complex(Sin60 * d.Imaginary, -Sin60 * d.Real);
                out0[q] = a0 + t1;
                out1[q] = (t2 + t3) * w1;
                out2[q] = (t2 - t3) * w2;
            }
        }
    }

    private static void Radix4(ReadOnlySpan<Complex> x, Span<Complex> y, int m, int s, Complex[] w, bool vectorize)
    {
        for (int j = 0; j < m; j++)
        {
            Complex w1 = w[3 * j], w2 = w[3 * j + 1], w3 = w[3 * j + 2];
            var in0 = x.Slice(s * j, s);
            var in1 = x.Slice(s * (j + m), s);
            var in2 = x.Slice(s * (j + 2 * m), s);
            var in3 = x.Slice(s * (j + 3 * m), s);
            var out0 = y.Slice(s * 4 * j, s);
            var out1 = y.Slice(s * (4 * j + 1), s);
            var out2 = y.Slice(s * (4 * j + 2), s);
            var out3 = y.Slice(s * (4 * j + 3), s);
            int q = vectorize ? Radix4Pairs(in0, in1, in2, in3, out0, out1, out2, out3, w1, w2, w3) : 0;
            for (; q < s; q++)
            {
                Complex a0 = in0[q], a1 = in1[q], a2 = in2[q], a3 = in3[q];
                Complex t0 = a0 + a2, t1 = a0 - a2, t2 = a1 + a3, d = a1 - a3;
                var t3 = new Complex(d.Imaginary, -d.Real);
                out0[q] = t0 + t2;
                out1[q] = (t1 + t3) * w1;
                out2[q] = (t0 - t2) * w2;
                out3[q] = (t1 - t3) * w3;
            }
        }
    }

    /// <summary>The radix-2 butterfly for the sequences of <paramref name="in0"/> taken two at a time; returns how many it took.</summary>
    private static int Radix2Pairs(ReadOnlySpan<Complex> in0, ReadOnlySpan<Complex> in1, Span<Complex> out0, Span<Complex> out1, Complex w1)
    {
        var (r1, i1) = Broadcast(w1);
        int pairs = in0.Length & ~1;
        for (int q = 0; q < pairs; q += 2)
        {
            var a = Load(in0, q);
            var b = Load(in1, q);
            Store(out0, q, a + b);
            Store(out1, q, Multiply(a - b, r1, i1));
        }

        return pairs;
    }

    /// <summary>
    /// The radix-3 butterfly for the sequences of <paramref name="in0"/> taken two at a time; returns how many it took
    /// (fewer than it could where a value is not finite).
    /// </summary>
    private static int Radix3Pairs(ReadOnlySpan<Complex> in0, ReadOnlySpan<Complex> in1, ReadOnlySpan<Complex> in2, Span<Complex> out0, Span<Complex> out1, Span<Complex> out2, Complex w1, Complex w2)
    {
        const double Sin60 = 0.86602540378443864676;
        var (r1, i1) = Broadcast(w1);
        var (r2, i2) = Broadcast(w2);
        var half = Vector256.Create(0.5);
        var rotation = Vector256.Create(Sin60, -Sin60, Sin60, -Sin60);
        int pairs = in0.Length & ~1;
        for (int q = 0; q < pairs; q += 2)
        {
            var a0 = Load(in0, q);
            var a1 = Load(in1, q);
            var a2 = Load(in2, q);
            var t1 = a1 + a2;
            if (!Vector256.EqualsAll(t1 - t1, Vector256<double>.Zero))
            {
                // Complex's product with a real treats a part that is not finite specially: the scalar butterflies
                // take the rest of these sequences.
                return q;
            }

            var t2 = a0 - half * t1;
            var t3 = rotation * Swap(a1 - a2);
            Store(out0, q, a0 + t1);
            Store(out1, q, Multiply(t2 + t3, r1, i1));
            Store(out2, q, Multiply(t2 - t3, r2, i2));
        }

        return pairs;
    }

    /// <summary>The radix-4 butterfly for the sequences of <paramref name="in0"/> taken two at a time; returns how many it took.</summary>
    private static int Radix4Pairs(
        ReadOnlySpan<Complex> in0, ReadOnlySpan<Complex> in1, ReadOnlySpan<Complex> in2, ReadOnlySpan<Complex> in3,
        Span<Complex> out0, Span<Complex> out1, Span<Complex> out2, Span<Complex> out3, Complex w1, Complex w2, Complex w3)
    {
        var (r1, i1) = Broadcast(w1);
        var (r2, i2) = Broadcast(w2);
        var (r3, i3) = Broadcast(w3);
        var imaginarySign = Vector256.Create(0.0, -0.0, 0.0, -0.0);
        int pairs = in0.Length & ~1;
        for (int q = 0; q < pairs; q += 2)
        {
            var a0 = Load(in0, q);
            var a1 = Load(in1, q);
            var a2 = Load(in2, q);
            var a3 = Load(in3, q);
            var t0 = a0 + a2;
            var t1 = a0 - a2;
            var t2 = a1 + a3;
            var t3 = Swap(a1 - a3) ^ imaginarySign; // (d.Imaginary, −d.Real)
            Store(out0, q, t0 + t2);
            Store(out1, q, Multiply(t1 + t3, r1, i1));
            Store(out2, q, Multiply(t0 - t2, r2, i2));
            Store(out3, q, Multiply(t1 - t3, r3, i3));
        }

        return pairs;
    }

    /// <summary>A twiddle's real and imaginary parts, each in every lane.</summary>
    private static (Vector256<double> Real, Vector256<double> Imaginary) Broadcast(Complex w) => (Vector256.Create(w.Real), Vector256.Create(w.Imaginary));

    /// <summary>
    /// Two complex products x·w as <see cref="Complex"/>'s operator computes them: (x.Re·w.Re − x.Im·w.Im,
    /// x.Im·w.Re + x.Re·w.Im), each product rounded before the sum.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Multiply(Vector256<double> x, Vector256<double> real, Vector256<double> imaginary) =>
        Avx.AddSubtract(x * real, Swap(x) * imaginary);

    /// <summary>Each complex value's real and imaginary parts exchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Swap(Vector256<double> x) => Avx.Permute(x, 0b0101);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Load(ReadOnlySpan<Complex> values, int q) =>
        Vector256.Create<double>(MemoryMarshal.Cast<Complex, double>(values.Slice(q, 2)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Span<Complex> values, int q, Vector256<double> pair) =>
        pair.CopyTo(MemoryMarshal.Cast<Complex, double>(values.Slice(q, 2)));

    private static void RadixAny(ReadOnlySpan<Complex> x, Span<Complex> y, int p, int m, int s, Complex[] w, Complex[] root)
    {
        Span<Complex> a = p <= 64 ? stackalloc Complex[p] : new Complex[p];
        for (int j = 0; j < m; j++)
        {
            for (int q = 0; q < s; q++)
            {
                for (int r = 0; r < p; r++)
                {
                    a[r] = x[s * (j + r * m) + q];
                }

                for (int k = 0; k < p; k++)
                {
                    Complex sum = a[0];
                    for (int r = 1; r < p; r++)
                    {
                        sum += a[r] * root[r * k % p];
                    }

                    y[s * (p * j + k) + q] = k == 0 ? sum : sum * w[j * (p - 1) + k - 1];
                }
            }
        }
    }

    private static int[] Factor(int length)
    {
        var factors = new List<int>();
        int rest = length;
        while (rest % 4 == 0)
        {
            factors.Add(4);
            rest /= 4;
        }

        for (int p = 2; rest > 1; p++)
        {
            while (rest % p == 0)
            {
                factors.Add(p);
                rest /= p;
            }

            if (p * p > rest && rest > 1)
            {
                factors.Add(rest);
                break;
            }
        }

        return [.. factors];
    }
}
