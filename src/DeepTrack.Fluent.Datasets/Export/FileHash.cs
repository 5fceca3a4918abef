using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace DeepTrack.Fluent.Datasets.Export;

/// <summary>
/// SHA-256 of export files, and the side file <c>name.sha256</c> written next to each once it is complete, in
/// <c>sha256sum</c>'s format (<c>hash  name</c>), so <c>sha256sum -c *.sha256</c> checks a folder.
/// </summary>
internal static class FileHash
{
    public const string Extension = ".sha256";

    public static string Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static void WriteSideFile(string directory, string name, string hash)
        => AtomicFile.WriteAllBytes(Path.Combine(directory, name + Extension), Encoding.ASCII.GetBytes($"{hash}  {name}\n"));

    /// <summary>The hash recorded next to <paramref name="name"/>, or null when there is no well-formed side file for it.</summary>
    public static string? ReadSideFile(string directory, string name)
    {
        string path = Path.Combine(directory, name + Extension);
        if (!File.Exists(path))
        {
            return null;
        }

        string text = File.ReadAllText(path, Encoding.ASCII);
        string expectedTail = "  " + name + "\n";
        return text.Length == 64 + expectedTail.Length && text.EndsWith(expectedTail, StringComparison.Ordinal) && IsHex(text.AsSpan(0, 64))
            ? text[..64]
            : null;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
