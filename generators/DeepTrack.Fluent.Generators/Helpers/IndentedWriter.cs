using System;
using System.Text;

namespace DeepTrack.Fluent.Generators.Helpers;

/// <summary>Writes C# source with indentation; multi-line text is indented line by line.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder builder = new();
    private int depth;

    /// <summary>Writes one line (or several, each indented) at the current depth.</summary>
    public IndentedWriter Line(string text = "")
    {
        foreach (var line in text.Split('\n'))
        {
            string trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0)
            {
                builder.Append('\n');
            }
            else
            {
                builder.Append(' ', depth * 4).Append(trimmed).Append('\n');
            }
        }

        return this;
    }

    /// <summary>Opens a brace block.</summary>
    public IndentedWriter Open(string header)
    {
        Line(header);
        Line("{");
        depth++;
        return this;
    }

    /// <summary>Closes a brace block.</summary>
    public IndentedWriter Close(string suffix = "")
    {
        depth = Math.Max(0, depth - 1);
        return Line("}" + suffix);
    }

    public override string ToString() => builder.ToString();
}
