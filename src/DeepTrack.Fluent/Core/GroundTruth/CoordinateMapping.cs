namespace DeepTrack.Fluent;

/// <summary>How a feature that moves pixels maps a position of its input to its output.</summary>
public abstract class CoordinateMapping
{
    /// <summary>Maps one position.</summary>
    /// <param name="position">The position in the input.</param>
    /// <returns>The position in the output.</returns>
    public abstract PixelPosition Map(PixelPosition position);

    /// <summary>This mapping followed by <paramref name="next"/>.</summary>
    /// <param name="next">The mapping applied afterwards.</param>
    /// <returns>The composition.</returns>
    public virtual CoordinateMapping Then(CoordinateMapping next) => new ComposedMapping(this, next);

    private sealed class ComposedMapping(CoordinateMapping first, CoordinateMapping second) : CoordinateMapping
    {
        public override PixelPosition Map(PixelPosition position) => second.Map(first.Map(position));
    }
}
