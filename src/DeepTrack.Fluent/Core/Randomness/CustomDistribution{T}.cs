using System;

namespace DeepTrack.Fluent;

/// <summary>A distribution defined by a function of the seeded stream.</summary>
/// <typeparam name="T">The type of the values drawn.</typeparam>
public sealed class CustomDistribution<T> : Distribution<T>
{
    private readonly Func<RandomStream, T> draw;
    private readonly string description;

    /// <summary>Creates the distribution.</summary>
    /// <param name="draw">Draws one value; it must take all its randomness from the stream it is given.</param>
    /// <param name="description">A short description for printouts.</param>
    public CustomDistribution(Func<RandomStream, T> draw, string description = "Custom")
    {
        this.draw = draw ?? throw new ArgumentNullException(nameof(draw));
        this.description = description;
    }

    /// <inheritdoc />
    public override T Draw(RandomStream random) => draw(random);

    /// <inheritdoc />
    public override string ToString() => description;
}
