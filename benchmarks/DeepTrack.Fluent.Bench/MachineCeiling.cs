using System;
using System.Diagnostics;
using System.Numerics;
using System.Threading.Tasks;

namespace DeepTrack.Fluent.Bench;

/// <summary>
/// What a second thread can add on this machine at the moment, with no library code involved: the same work on one
/// thread and then on two at once (twice the work), for a compute-bound loop (six independent chains of vector
/// multiply-adds, in registers) and for a memory stream (a read-modify-write pass over 64 MiB per thread). On a
/// virtual machine whose second core is shared with other tenants, or whose memory bandwidth is, these ratios fall
/// below 2 and vary from run to run, and no pipeline's "all cores / one thread" can exceed them.
/// </summary>
internal static class MachineCeiling
{
    /// <summary>
    /// Measures both ratios, each the best of three tries of about 0.3 s of one-thread work, after a tenth of that on
    /// each thread's data (which also faults the memory stream's blocks in).
    /// </summary>
    /// <returns>A line for the table's header.</returns>
    public static string Describe()
    {
        double compute = Ratio((steps, _) => Compute(steps), 160_000_000);
        double[][] blocks = [new double[8 << 20], new double[8 << 20]];
        double memory = Ratio((passes, thread) => Stream(passes, blocks[thread]), 80);
        return $"this machine now: a second thread adds {compute:F2}x to compute-bound work and {memory:F2}x to a 64 MiB memory stream (2.00x: two free cores)";
    }

    /// <summary>2 × (one thread's time) / (the time of two threads doing the same each); work gets the amount and the thread (0 or 1).</summary>
    private static double Ratio(Func<long, int, double> work, long amount)
    {
        work(amount / 10, 0);
        work(amount / 10, 1);
        double best = 0;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            var clock = Stopwatch.StartNew();
            work(amount, 0);
            double one = clock.Elapsed.TotalSeconds;
            clock.Restart();
            Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, thread => work(amount, thread));
            double two = clock.Elapsed.TotalSeconds;
            best = Math.Max(best, 2 * one / two);
        }

        return best;
    }

    /// <summary>Six independent chains of vector multiply-adds.</summary>
    private static double Compute(long steps)
    {
        var m = new Vector<double>(0.9999999);
        Vector<double> a = Vector<double>.One, b = new(0.5), c = a, d = b, e = a, f = b;
        for (long i = 0; i < steps; i++)
        {
            a = (a * m) + b;
            c = (c * m) + d;
            e = (e * m) + f;
            b = (b * m) + a;
            d = (d * m) + c;
            f = (f * m) + e;
        }

        return (a + b + c + d + e + f)[0];
    }

    /// <summary>Read-modify-write passes over one double in eight (one per cache line) of the block.</summary>
    private static double Stream(long passes, double[] values)
    {
        double sum = 0;
        for (long pass = 0; pass < passes; pass++)
        {
            for (int i = 0; i < values.Length; i += 8)
            {
                values[i] += 1;
                sum += values[i];
            }
        }

        return sum;
    }
}
