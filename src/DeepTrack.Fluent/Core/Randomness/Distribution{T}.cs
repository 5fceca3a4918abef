using System;

namespace DeepTrack.Fluent;

/// <summary>
/// A probability distribution that a property can be set to: the property draws a new value from it
/// for every sample (and for every replica inside a repeat), reproducibly from the pipeline seed.
/// </summary>
/// <typeparam name="T">The type of the values drawn.</typeparam>
public abstract class Distribution<T>
{
    /// <summary>Draws one value.</summary>
    /// <param name="random">The seeded stream to draw from; valid only during this call.</param>
    /// <returns>The value drawn.</returns>
    public abstract T Draw(RandomStream random);

    /// <summary>Maps every drawn value through <paramref name="selector"/>.</summary>
    /// <typeparam name="TResult">The type of the mapped values.</typeparam>
    /// <param name="selector">A pure function of the drawn value.</param>
    /// <returns>The mapped distribution.</returns>
    public Distribution<TResult> Select<TResult>(Func<T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return new CustomDistribution<TResult>(random => selector(Draw(random)), $"{this} mapped");
    }

    /// <summary>A short description of the distribution, used in feature printouts.</summary>
    /// <returns>The description.</returns>
    public abstract override string ToString();
}
