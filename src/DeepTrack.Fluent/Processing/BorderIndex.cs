namespace DeepTrack.Fluent.Processing;

/// <summary>Maps an index outside [0, length) to the pixel a <see cref="BorderMode"/> reads there.</summary>
internal static class BorderIndex
{
    /// <summary>The in-range index, or −1 where <see cref="BorderMode.Constant"/> reads the fill value.</summary>
    /// <param name="index">Any index.</param>
    /// <param name="length">The axis length (≥ 1).</param>
    /// <param name="mode">The border mode.</param>
    /// <returns>An index in [0, length), or −1.</returns>
    public static int Resolve(int index, int length, BorderMode mode)
    {
        if ((uint)index < (uint)length)
        {
            return index;
        }

        switch (mode)
        {
            case BorderMode.Constant:
                return -1;
            case BorderMode.Nearest:
                return index < 0 ? 0 : length - 1;
            case BorderMode.Wrap:
                return ((index % length) + length) % length;
            case BorderMode.Reflect:
            {
                int period = 2 * length;
                int folded = ((index % period) + period) % period;
                return folded < length ? folded : period - 1 - folded;
            }

            default:
            {
                if (length == 1)
                {
                    return 0;
                }

                int period = 2 * length - 2;
                int folded = ((index % period) + period) % period;
                return folded < length ? folded : period - folded;
            }
        }
    }
}
