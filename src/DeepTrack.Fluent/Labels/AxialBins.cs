using System;
using System.Globalization;

namespace DeepTrack.Fluent.Labels;

/// <summary>
/// The z axis of a volume label (<see cref="VolumeMask"/>): <see cref="Count"/> equal bins from <see cref="Minimum"/> to
/// <see cref="Maximum"/>, in the unit of <see cref="Physics.SampleObject.Z"/> (pixels of the sample plane). Bin <c>b</c>
/// covers [Minimum + b·Width, Minimum + (b + 1)·Width); on the continuous bin coordinate its centre is at <c>b</c>, so
/// <see cref="ToBin"/> and <see cref="ToZ"/> convert between z and a position between bins (sub-bin interpolation).
/// </summary>
public sealed record AxialBins
{
    /// <summary>Creates the bins.</summary>
    /// <param name="minimum">The lower edge of the first bin (finite).</param>
    /// <param name="maximum">The upper edge of the last bin (finite, &gt; <paramref name="minimum"/>).</param>
    /// <param name="count">The number of bins (≥ 1): the volume's planes, and the U-Net's output channels.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, the range is empty, or <paramref name="count"/> is below 1.</exception>
    public AxialBins(double minimum, double maximum, int count)
    {
        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || !(maximum > minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, string.Create(CultureInfo.InvariantCulture,
                $"AxialBins needs finite bounds with maximum > minimum; got minimum {minimum}, maximum {maximum}."));
        }

        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"AxialBins needs at least one bin; got {count}.");
        }

        Minimum = minimum;
        Maximum = maximum;
        Count = count;
    }

    /// <summary>The lower edge of the first bin.</summary>
    public double Minimum { get; }

    /// <summary>The upper edge of the last bin.</summary>
    public double Maximum { get; }

    /// <summary>The number of bins.</summary>
    public int Count { get; }

    /// <summary>The width of one bin.</summary>
    public double Width => (Maximum - Minimum) / Count;

    /// <summary>The continuous bin coordinate of <paramref name="z"/>: bin <c>b</c>'s centre is <c>b</c>, its edges <c>b ± ½</c>.</summary>
    /// <param name="z">A z position (outside the range gives a coordinate below −½ or above Count − ½).</param>
    /// <returns>The bin coordinate.</returns>
    public double ToBin(double z) => ((z - Minimum) / Width) - 0.5;

    /// <summary>The z position of a continuous bin coordinate (the inverse of <see cref="ToBin"/>).</summary>
    /// <param name="bin">The bin coordinate, e.g. a weighted mean of bin indices.</param>
    /// <returns>The z position.</returns>
    public double ToZ(double bin) => Minimum + ((bin + 0.5) * Width);

    /// <summary>
    /// The same bins extended by <paramref name="bins"/> bins of the same width on each side: a label whose spheres reach
    /// <paramref name="bins"/> bins along z then keeps them whole for objects anywhere in the original range, so the
    /// weighted mean along z is not pulled inwards at the ends.
    /// </summary>
    /// <param name="bins">Bins added below and above (≥ 0).</param>
    /// <returns>The extended bins.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is negative.</exception>
    public AxialBins WithMargin(int bins)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bins);
        return new AxialBins(Minimum - (bins * Width), Maximum + (bins * Width), Count + (2 * bins));
    }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Count} bins of {Width:G4} from {Minimum:G6} to {Maximum:G6}");
}
