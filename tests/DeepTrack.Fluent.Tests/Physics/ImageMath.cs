namespace DeepTrack.Fluent.Tests.Physics;

/// <summary>Small helpers for comparing images in tests.</summary>
internal static class ImageMath
{
    public static double[] UnitSum(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = values[i] / sum;
        }

        return result;
    }

    public static int ArgMax(ReadOnlySpan<double> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>max |a − b| / max |b| after normalising both to unit sum.</summary>
    public static double RelativeDifference(ReadOnlySpan<double> actual, ReadOnlySpan<double> expected)
    {
        var a = UnitSum(actual);
        var b = UnitSum(expected);
        double difference = 0, peak = 0;
        for (int i = 0; i < a.Length; i++)
        {
            difference = Math.Max(difference, Math.Abs(a[i] - b[i]));
            peak = Math.Max(peak, Math.Abs(b[i]));
        }

        return difference / peak;
    }

    /// <summary>The centroid of the pixels within <paramref name="radius"/> of (<paramref name="centreRow"/>, <paramref name="centreColumn"/>).</summary>
    public static (double Row, double Column) Centroid(Image<double> image, int centreRow, int centreColumn, int radius)
    {
        double total = 0, row = 0, column = 0;
        for (int r = Math.Max(0, centreRow - radius); r <= Math.Min(image.Height - 1, centreRow + radius); r++)
        {
            for (int c = Math.Max(0, centreColumn - radius); c <= Math.Min(image.Width - 1, centreColumn + radius); c++)
            {
                if ((r - centreRow) * (r - centreRow) + (c - centreColumn) * (c - centreColumn) > radius * radius)
                {
                    continue;
                }

                double v = image[r, c];
                total += v;
                row += v * r;
                column += v * c;
            }
        }

        return (row / total, column / total);
    }
}
