using System;
using System.Collections.Generic;
using System.Numerics;

namespace DeepTrack.Fluent.Physics.Fft;

/// <summary>
/// A precomputed forward transform of one length: the factorisation into radices (4, 2, 3, then any prime) and
/// the twiddle factors of every stage of a Stockham autosort FFT. The same plan transforms any number of
/// interleaved sequences at once (a stride), which is how columns of a row-major image are transformed together.
/// </summary>
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
    public void Forward(Span<Complex> data, Span<Complex> scratch, int stride)
    {
        int total = Length * stride;
        Span<Complex> source = data[..total], target = scratch[..total];
        int current = Length, s = stride;
        for (int stage = 0; stage < radices.Length; stage++)
        {
            int p = radices[stage], m = current / p;
            switch (p)
            {
                case 4:
                    Radix4(source, target, m, s, twiddles[stage]);
                    break;
                case 2:
                    Radix2(source, target, m, s, twiddles[stage]);
                    break;
                case 3:
                    Radix3(source, target, m, s, twiddles[stage]);
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

    private static void Radix2(ReadOnlySpan<Complex> x, Span<Complex> y, int m, int s, Complex[] w)
    {
        for (int j = 0; j < m; j++)
        {
            var w1 = w[j];
            var in0 = x.Slice(s * j, s);
            var in1 = x.Slice(s * (j + m), s);
            var out0 = y.Slice(s * 2 * j, s);
            var out1 = y.Slice(s * (2 * j + 1), s);
            for (int q = 0; q < s; q++)
            {
                Complex a = in0[q], b = in1[q];
                out0[q] = a + b;
                out1[q] = (a - b) * w1;
            }
        }
    }

    private static void Radix3(ReadOnlySpan<Complex> x, Span<Complex> y, int m, int s, Complex[] w)
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
            for (int q = 0; q < s; q++)
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

    private static void Radix4(ReadOnlySpan<Complex> x, Span<Complex> y, int m, int s, Complex[] w)
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
            for (int q = 0; q < s; q++)
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
