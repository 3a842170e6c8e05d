using System.Text;

namespace RomCurator.Core.Naming;

/// <summary>
/// Turns a title into a comparison key: case, accents, punctuation and apostrophes ("Beam 'Em Up" = "Beam Em Up"),
/// a leading or moved article ("Legend of Zelda, The" = "The Legend of Zelda"), roman numerals ("Final Fantasy VI"
/// = "Final Fantasy 6", except a lone X) and "&amp;" vs "and" no longer matter.
/// </summary>
public static class TitleNormalizer
{
    private static readonly string[] Articles = ["the", "a", "an", "la", "le", "les", "el", "los", "las", "die", "der", "das", "il"];

    private static readonly Dictionary<string, string> Romans = new(StringComparer.Ordinal)
    {
        ["ii"] = "2", ["iii"] = "3", ["iv"] = "4", ["v"] = "5", ["vi"] = "6", ["vii"] = "7", ["viii"] = "8", ["ix"] = "9",
        ["xi"] = "11", ["xii"] = "12", ["xiii"] = "13", ["xiv"] = "14", ["xv"] = "15", ["xvi"] = "16",
        ["xvii"] = "17", ["xviii"] = "18", ["xix"] = "19", ["xx"] = "20",
    };

    public static string Key(string title)
    {
        var text = AccentFolder.Fold(title).ToLowerInvariant();
        text = MoveArticles(text).Replace("&", " and ").Replace("+", " and ");
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019' or '`')
            {
                continue;
            }

            cleaned.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Articles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        for (var i = 0; i < words.Count; i++)
        {
            // Not the first word ("V-Rally"), and never "X" ("Mega Man X" is not "Mega Man 10").
            if (i > 0 && Romans.TryGetValue(words[i], out var number))
            {
                words[i] = number;
            }
            else if (words[i] == "i" && i > 0 && (i == words.Count - 1 || IsNumeralPair(words, i)))
            {
                // "Final Fantasy I", "Ys I & II"; but not the pronoun in "Yes I Can".
                words[i] = "1";
            }
        }

        return string.Join(' ', words);
    }

    private static bool IsNumeralPair(List<string> words, int index) =>
        index + 2 < words.Count && words[index + 1] == "and"
        && (Romans.ContainsKey(words[index + 2]) || words[index + 2].All(char.IsDigit));

    /// <summary>"Legend of Zelda, The - A Link to the Past" → "The Legend of Zelda - A Link to the Past".</summary>
    private static string MoveArticles(string text)
    {
        foreach (var article in Articles)
        {
            var suffix = ", " + article;
            var dash = text.IndexOf(suffix + " - ", StringComparison.Ordinal);
            if (dash > 0)
            {
                return article + " " + text[..dash] + text[(dash + suffix.Length)..];
            }

            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return article + " " + text[..^suffix.Length];
            }
        }

        return text;
    }
}
