namespace DeepTrack.Fluent.Processing;

/// <summary>An axis of an image, numbered as NumPy numbers a (height, width, depth) array.</summary>
public enum ImageAxis
{
    /// <summary>Axis 0: down the rows (a statistic over each column).</summary>
    Rows,

    /// <summary>Axis 1: across the columns (a statistic over each row).</summary>
    Columns,

    /// <summary>Axis 2: through the planes (a statistic over each pixel's planes).</summary>
    Planes,
}
