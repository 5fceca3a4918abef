using System;
using System.Collections.Generic;
using System.Linq;

namespace CellCounting;

/// <summary>One method's count errors over the test images.</summary>
/// <param name="Method">The method.</param>
/// <param name="MeanAbsoluteErrorPercent">The mean of |error| in percent over all test images.</param>
/// <param name="MeanErrorPercent">The mean signed error in percent (bias).</param>
/// <param name="DenseMeanAbsoluteErrorPercent">The mean |error| in percent over the denser half of the test images.</param>
/// <param name="SparseMeanAbsoluteErrorPercent">The mean |error| in percent over the sparser half.</param>
public sealed record MethodSummary(string Method, double MeanAbsoluteErrorPercent, double MeanErrorPercent, double DenseMeanAbsoluteErrorPercent, double SparseMeanAbsoluteErrorPercent)
{
    /// <summary>Summarises one method's errors.</summary>
    /// <param name="method">The method's name.</param>
    /// <param name="counts">The test images' counts.</param>
    /// <param name="error">The method's error in percent.</param>
    /// <returns>The summary.</returns>
    public static MethodSummary Of(string method, IReadOnlyList<ImageCount> counts, Func<ImageCount, double> error)
    {
        var sorted = counts.OrderBy(c => c.True).ToArray();
        var sparse = sorted.Take(sorted.Length / 2).ToArray();
        var dense = sorted.Skip(sorted.Length / 2).ToArray();
        return new MethodSummary(method, counts.Average(c => Math.Abs(error(c))), counts.Average(error),
            dense.Average(c => Math.Abs(error(c))), sparse.Length > 0 ? sparse.Average(c => Math.Abs(error(c))) : double.NaN);
    }
}
