using System;

namespace DeepTrack.Fluent.Augmentations;

/// <summary>
/// One axis of a <see cref="Slice{T}"/>: NumPy's <c>start:stop:step</c> resolved against the axis length to the
/// first index read, the step and the number of indices read.
/// </summary>
/// <param name="First">The first index read.</param>
/// <param name="Step">The step between indices read (never 0).</param>
/// <param name="Count">How many indices are read (≥ 1).</param>
internal readonly record struct SliceRange(int First, int Step, int Count)
{
    /// <summary>
    /// Resolves NumPy's rules: negative indices count from the end; an omitted start is the first index in the
    /// direction of the step, an omitted stop runs to the end in that direction. Bounds outside
    /// [−length, length], a step of 0 and an empty selection are refused where NumPy clamps or returns an empty array.
    /// </summary>
    /// <param name="owner">The slicing feature (named in errors).</param>
    /// <param name="axis">The axis' property prefix, e.g. "Row".</param>
    /// <param name="length">The axis length.</param>
    /// <param name="start">The start, or <see langword="null"/>.</param>
    /// <param name="stop">The stop (exclusive), or <see langword="null"/>.</param>
    /// <param name="step">The step.</param>
    /// <returns>The resolved range.</returns>
    public static SliceRange Resolve(Feature owner, string axis, int length, int? start, int? stop, int step)
    {
        if (step == 0)
        {
            throw new PropertyValueException(owner.Name, axis + "Step", step, "a step must not be 0");
        }

        int first = start is { } s ? Index(owner, axis + "Start", s, length) : step > 0 ? 0 : length - 1;
        int end = stop is { } e ? Index(owner, axis + "Stop", e, length) : step > 0 ? length : -1;
        if (step < 0 && first == length)
        {
            first = length - 1;
        }

        long span = step > 0 ? (long)end - first : (long)first - end;
        long magnitude = Math.Abs((long)step);
        long count = span <= 0 ? 0 : (span + magnitude - 1) / magnitude;
        if (count == 0)
        {
            throw new PropertyValueException(owner.Name, axis + "Stop", stop, $"selects nothing of the {length} indices from {axis}Start = {start?.ToString() ?? "none"} with {axis}Step = {step}");
        }

        return new SliceRange(first, step, (int)count);
    }

    /// <summary>The index read at a position of the output.</summary>
    /// <param name="i">The output index.</param>
    /// <returns>The input index.</returns>
    public int this[int i] => First + i * Step;

    private static int Index(Feature owner, string property, int value, int length)
    {
        if (value < -length || value > length)
        {
            throw new PropertyValueException(owner.Name, property, value, $"must lie in [−{length}, {length}] for an axis of {length}");
        }

        return value < 0 ? value + length : value;
    }
}
