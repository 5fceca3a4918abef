namespace DeepTrack.Fluent;

/// <summary>A value that is a position in pixels, so ground truth can move it with the pixels.</summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
public interface IPositional<TSelf>
{
    /// <summary>The position after <paramref name="mapping"/>.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <returns>The mapped value.</returns>
    TSelf Map(CoordinateMapping mapping);
}
