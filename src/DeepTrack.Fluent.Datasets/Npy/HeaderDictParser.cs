using System;
using System.Collections.Generic;
using System.Globalization;

namespace DeepTrack.Fluent.Datasets.Npy;

/// <summary>
/// Reads the Python dict literal of an <c>.npy</c> header: string keys; values that are strings, <c>True</c>/<c>False</c>
/// or tuples of integers. That is everything NumPy writes for the array types this library reads, so a general Python
/// literal parser is not needed.
/// </summary>
internal sealed class HeaderDictParser(string text)
{
    private int position;

    public Dictionary<string, object> ParseDict()
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        Expect('{');
        while (true)
        {
            SkipSpace();
            if (TryTake('}'))
            {
                break;
            }

            string key = ParseString();
            Expect(':');
            SkipSpace();
            values[key] = ParseValue(key);
            SkipSpace();
            if (!TryTake(','))
            {
                Expect('}');
                break;
            }
        }

        SkipSpace();
        if (position != text.Length)
        {
            throw Error("nothing after the closing brace");
        }

        return values;
    }

    private object ParseValue(string key)
    {
        if (position < text.Length && text[position] is '\'' or '"')
        {
            return ParseString();
        }

        if (Match("True"))
        {
            return true;
        }

        if (Match("False"))
        {
            return false;
        }

        if (TryTake('('))
        {
            var items = new List<long>();
            while (true)
            {
                SkipSpace();
                if (TryTake(')'))
                {
                    return items;
                }

                items.Add(ParseInteger());
                SkipSpace();
                if (!TryTake(','))
                {
                    Expect(')');
                    return items;
                }
            }
        }

        throw Error($"a string, True, False or a tuple of integers as the value of '{key}'");
    }

    private string ParseString()
    {
        SkipSpace();
        if (position >= text.Length || text[position] is not ('\'' or '"'))
        {
            throw Error("a quoted string");
        }

        char quote = text[position++];
        int start = position;
        while (position < text.Length && text[position] != quote)
        {
            if (text[position] == '\\')
            {
                throw Error("a string without escape sequences");
            }

            position++;
        }

        if (position >= text.Length)
        {
            throw Error("a closing quote");
        }

        return text[start..position++];
    }

    private long ParseInteger()
    {
        int start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        // Python 2 wrote long integers with a trailing L.
        string digits = text[start..position];
        if (position < text.Length && text[position] == 'L')
        {
            position++;
        }

        return digits.Length > 0 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw Error("a non-negative integer");
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (!TryTake(c))
        {
            throw Error($"'{c}'");
        }
    }

    private bool TryTake(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private bool Match(string word)
    {
        if (string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
        {
            position += word.Length;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private FormatException Error(string expected)
        => new($"The .npy header '{text.TrimEnd()}' is not NumPy's dict literal: expected {expected} at character {position}.");
}
