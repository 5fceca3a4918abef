using System;
using System.Collections.Generic;

namespace DeepTrack.Fluent;

/// <summary>
/// The items of a sequence by position, read from its enumerator only as far as asked and kept, so that any
/// thread asking for item k gets the same item; past the end the last item repeats (DeepTrack 2.0's rule for an
/// exhausted iterator).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class BufferedSequence<T>
{
    private readonly List<T> items = [];
    private readonly object gate = new();
    private IEnumerator<T>? source;

    /// <summary>Reads the first item at once, so that an empty sequence is refused where it is given.</summary>
    /// <param name="values">The sequence.</param>
    /// <exception cref="ArgumentException">The sequence is empty.</exception>
    public BufferedSequence(IEnumerable<T> values)
    {
        source = values.GetEnumerator();
        if (!source.MoveNext())
        {
            source.Dispose();
            throw new ArgumentException("The sequence a property iterates over is empty: give it at least one value.", nameof(values));
        }

        items.Add(source.Current);
    }

    /// <summary>The item at <paramref name="index"/>, or the last item where the sequence is shorter.</summary>
    /// <param name="index">The position (≥ 0).</param>
    /// <returns>The item.</returns>
    public T this[long index]
    {
        get
        {
            lock (gate)
            {
                while (source is not null && items.Count <= index)
                {
                    if (source.MoveNext())
                    {
                        items.Add(source.Current);
                    }
                    else
                    {
                        source.Dispose();
                        source = null;
                    }
                }

                return items[(int)Math.Min(index, items.Count - 1)];
            }
        }
    }
}
