using System.Buffers;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Naming;

/// <summary>
/// Turns a title into a comparison key: case, accents, punctuation and apostrophes ("Beam 'Em Up" = "Beam Em Up"),
/// a leading or moved article ("Legend of Zelda, The" = "The Legend of Zelda"), roman numerals ("Final Fantasy VI"
/// = "Final Fantasy 6", except a lone X) and "&amp;" vs "and" no longer matter. The key is built in one buffer:
/// one string per title.
/// </summary>
public static class TitleNormalizer
{
    private static readonly string[] Articles = ["the", "a", "an", "la", "le", "les", "el", "los", "las", "die", "der", "das", "il"];

    /// <summary>", the", ", a", … (the articles as a title's moved suffix).</summary>
    private static readonly string[] MovedArticles = [.. Articles.Select(article => ", " + article)];

    private static readonly Dictionary<string, string> Romans = new(StringComparer.Ordinal)
    {
        ["ii"] = "2", ["iii"] = "3", ["iv"] = "4", ["v"] = "5", ["vi"] = "6", ["vii"] = "7", ["viii"] = "8", ["ix"] = "9",
        ["xi"] = "11", ["xii"] = "12", ["xiii"] = "13", ["xiv"] = "14", ["xv"] = "15", ["xvi"] = "16",
        ["xvii"] = "17", ["xviii"] = "18", ["xix"] = "19", ["xx"] = "20",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RomanLookup = Romans.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int StackChars = 1024;

    public static string Key(string title)
    {
        // Lower case is applied char by char while cleaning (a moved article is found in lower case first): the
        // same as lowering the whole text, since the characters lower case would join (surrogate pairs) become
        // separators anyway.
        var text = AccentFolder.Fold(title);
        if (text.Contains(", ", StringComparison.Ordinal))
        {
            text = MoveArticles(text.ToLowerInvariant());
        }

        // "&" and "+" read as " and "; apostrophes vanish; anything else but a letter or digit separates words.
        // The cleaned text and the key (never longer) share one buffer.
        var longest = text.Length + 4 * (text.AsSpan().Count('&') + text.AsSpan().Count('+'));
        char[]? rented = null;
        Span<char> buffer = longest * 2 <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(longest * 2));
        var cleaned = buffer[..longest];
        var length = 0;
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019' or '`')
            {
                continue;
            }

            if (c is '&' or '+')
            {
                " and ".CopyTo(cleaned[length..]);
                length += 5;
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            cleaned[length++] = char.IsLetterOrDigit(lower) ? lower : ' ';
        }

        cleaned = cleaned[..length];
        Span<Range> words = stackalloc Range[64];
        var count = cleaned.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        var keyLength = count < words.Length
            ? Join(cleaned, words[..count], buffer[longest..])
            : Join(cleaned, CollectionsMarshal.AsSpan(SplitAll(cleaned)), buffer[longest..]);
        var key = new string(buffer.Slice(longest, keyLength));
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return key;
    }

    private static List<Range> SplitAll(ReadOnlySpan<char> text)
    {
        var ranges = new List<Range>();
        foreach (var range in text.Split(' '))
        {
            if (!text[range].IsEmpty)
            {
                ranges.Add(range);
            }
        }

        return ranges;
    }

    /// <summary>
    /// Writes the words joined by one space into <paramref name="key"/> (leading articles dropped, roman numerals
    /// as numbers) and returns its length.
    /// </summary>
    private static int Join(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, Span<char> key)
    {
        var first = 0;
        while (words.Length - first > 1 && IsArticle(text[words[first]]))
        {
            first++;
        }

        words = words[first..];
        var length = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                key[length++] = ' ';
            }

            var word = text[words[i]];

            // Not the first word ("V-Rally"), and never "X" ("Mega Man X" is not "Mega Man 10").
            if (i > 0 && RomanLookup.TryGetValue(word, out var number))
            {
                word = number;
            }
            else if (word is "i" && i > 0 && (i == words.Length - 1 || IsNumeralPair(text, words, i)))
            {
                // "Final Fantasy I", "Ys I & II"; but not the pronoun in "Yes I Can".
                word = "1";
            }

            word.CopyTo(key[length..]);
            length += word.Length;
        }

        return length;
    }

    private static bool IsArticle(ReadOnlySpan<char> word)
    {
        foreach (var article in Articles)
        {
            if (word.SequenceEqual(article))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumeralPair(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, int index)
    {
        if (index + 2 >= words.Length || text[words[index + 1]] is not "and")
        {
            return false;
        }

        var next = text[words[index + 2]];
        if (RomanLookup.ContainsKey(next))
        {
            return true;
        }

        foreach (var c in next)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Legend of Zelda, The - A Link to the Past" → "The Legend of Zelda - A Link to the Past".</summary>
    private static string MoveArticles(string text)
    {
        for (var i = 0; i < Articles.Length; i++)
        {
            var suffix = MovedArticles[i];
            var dash = IndexOfBeforeDash(text, suffix);
            if (dash > 0)
            {
                return Articles[i] + " " + text[..dash] + text[(dash + suffix.Length)..];
            }

            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Articles[i] + " " + text[..^suffix.Length];
            }
        }

        return text;
    }

    /// <summary>The first index of <paramref name="suffix"/> followed by " - " in <paramref name="text"/>, or -1.</summary>
    private static int IndexOfBeforeDash(string text, string suffix)
    {
        var from = 0;
        while (true)
        {
            var found = text.IndexOf(suffix, from, StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            if (text.AsSpan(found + suffix.Length).StartsWith(" - ", StringComparison.Ordinal))
            {
                return found;
            }

            from = found + 1;
        }
    }
}
