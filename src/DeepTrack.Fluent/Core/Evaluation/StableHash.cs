namespace DeepTrack.Fluent;

/// <summary>A string hash that is the same in every process (unlike <see cref="string.GetHashCode()"/>).</summary>
internal static class StableHash
{
    /// <summary>64-bit FNV-1a of the UTF-16 code units.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The hash.</returns>
    public static ulong Of(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
