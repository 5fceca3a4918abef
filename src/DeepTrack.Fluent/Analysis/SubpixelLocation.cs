namespace DeepTrack.Fluent.Analysis;

/// <summary>
/// A sub-pixel position in an image, in 0-based pixel-index coordinates where integer values
/// are pixel centres.
/// </summary>
/// <param name="X">The horizontal coordinate: the column index, increasing to the right.</param>
/// <param name="Y">The vertical coordinate: the row index, increasing downward.</param>
public readonly record struct SubpixelLocation(double X, double Y);
