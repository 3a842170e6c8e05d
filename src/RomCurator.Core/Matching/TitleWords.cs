using System.Text;
using RomCurator.Core.Naming;

namespace RomCurator.Core.Matching;

/// <summary>
/// Turns a title as people write it into the words matching compares, and says which rules changed it: camelCase
/// and letter/digit boundaries split ("SpaceInvaders" = "Space Invaders", "Evade2" = "Evade 2"), any punctuation a
/// separator ("Tiny-Pipe" = "tiny_pipe"), a possessive kept whole ("Kirby's" = "Kirbys"), accents folded, leading or
/// moved articles dropped ("Legend of Zelda, The"), numbers without leading zeros ("081" = "81"), roman numerals
/// as digits (never a lone or first X/V: "Mega Man X", "V-Rally"), "&amp;", "+" and a lone "n" as "and", and common
/// abbreviations ("Brothers" = "Bros", "Doctor" = "Dr"). Pure; the same function reads file names and DAT names.
/// </summary>
public static class TitleWords
{
    public const string RuleCamelCase = "camelCase split";
    public const string RuleDigits = "letters/digits split";
    public const string RuleArticle = "article dropped";
    public const string RuleZeros = "leading zeros";
    public const string RuleRoman = "roman numerals";
    public const string RuleAnd = "&/n as 'and'";
    public const string RuleAbbreviation = "abbreviations";

    private static readonly string[] Articles = ["the", "a", "an", "la", "le", "les", "el", "los", "las", "die", "der", "das", "il"];

    private static readonly Dictionary<string, string> Romans = new(StringComparer.Ordinal)
    {
        ["ii"] = "2", ["iii"] = "3", ["iv"] = "4", ["v"] = "5", ["vi"] = "6", ["vii"] = "7", ["viii"] = "8", ["ix"] = "9",
        ["xi"] = "11", ["xii"] = "12", ["xiii"] = "13", ["xiv"] = "14", ["xv"] = "15", ["xvi"] = "16",
        ["xvii"] = "17", ["xviii"] = "18", ["xix"] = "19", ["xx"] = "20",
    };

    /// <summary>Long forms and their usual short forms (either side may use either).</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["brothers"] = "bros", ["versus"] = "vs", ["doctor"] = "dr", ["mister"] = "mr", ["junior"] = "jr",
        ["saint"] = "st", ["volume"] = "vol", ["pt"] = "part", ["episode"] = "ep", ["deluxe"] = "dx",
        ["international"] = "intl", ["number"] = "no", ["mount"] = "mt", ["professional"] = "pro",
    };

    private static readonly HashSet<string> ApostropheEndings = new(StringComparer.Ordinal) { "s", "t", "re", "ll", "ve", "d", "m" };

    /// <summary>The words of <paramref name="title"/> (no tags) and the rules that changed them.</summary>
    public static (List<string> Words, List<string> Rules) Normalize(string title)
    {
        var rules = new List<string>();
        var text = MoveArticle(AccentFolder.Fold(title), rules);
        var words = Split(text, rules);
        var dropped = false;
        while (words.Count > 1 && Articles.Contains(words[0]))
        {
            words.RemoveAt(0);
            dropped = true;
        }

        if (dropped && !rules.Contains(RuleArticle))
        {
            rules.Add(RuleArticle);
        }

        for (var i = 0; i < words.Count; i++)
        {
            words[i] = Normalized(words, i, rules);
        }

        return (words, rules);
    }

    /// <summary>The words run together: letters and digits only ("tinytris" = "Tiny-Tris").</summary>
    public static string Compact(IReadOnlyList<string> words) => string.Concat(words);

    private static string Normalized(List<string> words, int i, List<string> rules)
    {
        var word = words[i];
        if (word.Length > 1 && word[0] == '0' && word.All(char.IsAsciiDigit))
        {
            Fired(rules, RuleZeros);
            var trimmed = word.TrimStart('0');
            return trimmed.Length == 0 ? "0" : trimmed;
        }

        // Not the first word ("V-Rally"), and never "X" ("Mega Man X" is not "Mega Man 10").
        if (i > 0 && Romans.TryGetValue(word, out var number))
        {
            Fired(rules, RuleRoman);
            return number;
        }

        if (word == "i" && i > 0 && (i == words.Count - 1 || IsNumeralPair(words, i)))
        {
            // "Final Fantasy I", "Ys I & II"; but not the pronoun in "Yes I Can".
            Fired(rules, RuleRoman);
            return "1";
        }

        if (word == "n" && i > 0 && i < words.Count - 1)
        {
            Fired(rules, RuleAnd);
            return "and";
        }

        if (Abbreviations.TryGetValue(word, out var shortForm))
        {
            Fired(rules, RuleAbbreviation);
            return shortForm;
        }

        return word;
    }

    private static bool IsNumeralPair(List<string> words, int index) =>
        index + 2 < words.Count && words[index + 1] == "and"
        && (Romans.ContainsKey(words[index + 2]) || words[index + 2].All(char.IsAsciiDigit));

    /// <summary>Lower-case words: separators, camelCase and letter/digit boundaries split; "&amp;" and "+" are "and".</summary>
    private static List<string> Split(string text, List<string> rules)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '+')
            {
                Flush(words, word);
                words.Add("and");
                Fired(rules, RuleAnd);
                continue;
            }

            if (c is '\'' or '\u2019' or '`')
            {
                // "Kirby's", "Don't": the ending stays with its word; any other apostrophe separates ("Games'N").
                if (word.Length > 0 && ApostropheEndings.Contains(LettersAt(text, i + 1).ToLowerInvariant()))
                {
                    continue;
                }

                Flush(words, word);
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, word);
                continue;
            }

            if (word.Length > 0 && i > 0)
            {
                var previous = text[i - 1];
                if (char.IsDigit(previous) != char.IsDigit(c) && char.IsLetterOrDigit(previous))
                {
                    Flush(words, word);
                    Fired(rules, RuleDigits);
                }
                else if (IsCamelBoundary(text, i))
                {
                    Flush(words, word);
                    Fired(rules, RuleCamelCase);
                }
            }

            word.Append(char.ToLowerInvariant(c));
        }

        Flush(words, word);
        return words;
    }

    /// <summary>"spaceInvaders" (lower → upper) or "NGoblins"/"NBAJam" (upper → upper followed by lower).</summary>
    private static bool IsCamelBoundary(string text, int i)
    {
        var c = text[i];
        var previous = text[i - 1];
        if (!char.IsUpper(c) || !char.IsLetter(previous))
        {
            return false;
        }

        if (char.IsLower(previous))
        {
            return true;
        }

        return i + 1 < text.Length && char.IsLower(text[i + 1]) && WordHasLower(text, i + 1);
    }

    /// <summary>Whether the letters from <paramref name="start"/> continue lower case for at least two letters ("Goblins", not "Ms").</summary>
    private static bool WordHasLower(string text, int start) =>
        start + 1 < text.Length && char.IsLower(text[start + 1]);

    private static string LettersAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    private static void Fired(List<string> rules, string rule)
    {
        if (!rules.Contains(rule))
        {
            rules.Add(rule);
        }
    }

    /// <summary>"Legend of Zelda, The - A Link to the Past" → "The Legend of Zelda - A Link to the Past".</summary>
    private static string MoveArticle(string text, List<string> rules)
    {
        if (!text.Contains(", ", StringComparison.Ordinal))
        {
            return text; // most titles: no ", The" to move
        }

        foreach (var article in Articles)
        {
            var suffix = ", " + article;
            var dash = text.IndexOf(suffix + " - ", StringComparison.OrdinalIgnoreCase);
            if (dash > 0)
            {
                Fired(rules, RuleArticle);
                return article + " " + text[..dash] + text[(dash + suffix.Length)..];
            }

            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                Fired(rules, RuleArticle);
                return article + " " + text[..^suffix.Length];
            }
        }

        return text;
    }
}
