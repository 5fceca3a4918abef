using System;

namespace DeepTrack.Fluent;

/// <summary>Checks, before outputs are kept, that they fit in the memory this process may use, so that a mistaken count fails at once with a clear message.</summary>
internal static class OutputMemory
{
    /// <summary>Why <paramref name="count"/> items of <paramref name="elementBytes"/> + <paramref name="itemBytes"/> bytes cannot be kept (more than one array holds, or more than the memory available), or null if they fit.</summary>
    /// <param name="what">What is asked, e.g. <c>Generate(2147483647)</c>.</param>
    /// <param name="count">How many items would be kept.</param>
    /// <param name="elementBytes">The bytes of one array element.</param>
    /// <param name="itemBytes">The bytes each item holds besides (its images), measured on the first one.</param>
    /// <param name="remedy">What to do instead.</param>
    /// <returns>The problem, or null.</returns>
    public static string? Problem(string what, long count, long elementBytes, long itemBytes, string remedy)
    {
        if (count > Array.MaxLength)
        {
            return $"{what} asks for more items than one array holds (at most {Array.MaxLength}): {remedy}";
        }

        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        double needed = (double)count * (elementBytes + itemBytes);
        if (available > 0 && needed > available)
        {
            string each = itemBytes > 0 ? $" ({Format(elementBytes + itemBytes)} each)" : string.Empty;
            return $"{what} would keep about {Format(needed)} in memory{each}, more than the {Format(available)} this process may use: {remedy}";
        }

        return null;
    }

    private static string Format(double bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
        int unit = 0;
        while (bytes >= 1024 && unit < units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }

        return $"{bytes:0.#} {units[unit]}";
    }
}
