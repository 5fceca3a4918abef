using System;
using DeepTrack.Fluent.Processing;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// Maps positions through an elastic warp whose output pixel q reads the input at q + d(q): a position p moves to
/// the q solving q + d(q) = p, found by the fixed-point iteration q ← p − d(q) with d interpolated bilinearly.
/// </summary>
/// <remarks>
/// The iteration converges when the field's gradient is below 1 (a smooth, non-folding warp); where the field
/// folds, the result is the preimage the iteration reaches, or its last iterate.
/// </remarks>
internal sealed class DisplacementMapping(double[] rows, double[] columns, int height, int width) : CoordinateMapping
{
    private const int MaximumIterations = 100;
    private const double Tolerance = 1e-10;

    /// <inheritdoc />
    public override PixelPosition Map(PixelPosition position)
    {
        double row = position.Row, column = position.Column;
        for (int i = 0; i < MaximumIterations; i++)
        {
            double nextRow = position.Row - Resampler.Sample<double>(rows, height, width, row, column, Interpolation.Linear, BorderMode.Nearest, 0);
            double nextColumn = position.Column - Resampler.Sample<double>(columns, height, width, row, column, Interpolation.Linear, BorderMode.Nearest, 0);
            bool converged = Math.Abs(nextRow - row) < Tolerance && Math.Abs(nextColumn - column) < Tolerance;
            (row, column) = (nextRow, nextColumn);
            if (converged)
            {
                break;
            }
        }

        return new PixelPosition(row, column);
    }
}
