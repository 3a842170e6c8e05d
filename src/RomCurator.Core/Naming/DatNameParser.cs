using System.Text.RegularExpressions;

namespace RomCurator.Core.Naming;

/// <summary>
/// Reads No-Intro, Redump, TOSEC and GoodTools style names: "Title (Region) (Languages) (Rev 1) (Beta) [!]".
/// Tags it does not know are ignored for the title and kept out of the key. Tags are read over spans of the name
/// (no substring per tag); the revision, version and disc patterns run only on tags that can start them.
/// </summary>
public static partial class DatNameParser
{
    private static readonly Dictionary<string, string> RegionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USA"] = "USA", ["US"] = "USA", ["U"] = "USA", ["America"] = "USA",
        ["Europe"] = "Europe", ["EU"] = "Europe", ["E"] = "Europe", ["PAL"] = "Europe",
        ["Japan"] = "Japan", ["JP"] = "Japan", ["J"] = "Japan", ["NTSC-J"] = "Japan",
        ["World"] = "World", ["W"] = "World",
        ["Asia"] = "Asia", ["As"] = "Asia", ["Australia"] = "Australia", ["AU"] = "Australia", ["A"] = "Australia",
        ["Brazil"] = "Brazil", ["BR"] = "Brazil", ["B"] = "Brazil", ["Canada"] = "Canada", ["CA"] = "Canada",
        ["China"] = "China", ["CN"] = "China", ["C"] = "China", ["Denmark"] = "Denmark", ["DK"] = "Denmark",
        ["Finland"] = "Finland", ["FI"] = "Finland", ["France"] = "France", ["FR"] = "France", ["F"] = "France",
        ["Germany"] = "Germany", ["DE"] = "Germany", ["G"] = "Germany", ["Greece"] = "Greece", ["GR"] = "Greece",
        ["Hong Kong"] = "Hong Kong", ["HK"] = "Hong Kong", ["Italy"] = "Italy", ["IT"] = "Italy", ["I"] = "Italy",
        ["Korea"] = "Korea", ["KR"] = "Korea", ["K"] = "Korea", ["Mexico"] = "Mexico", ["Netherlands"] = "Netherlands",
        ["NL"] = "Netherlands", ["Norway"] = "Norway", ["NO"] = "Norway", ["Poland"] = "Poland", ["PL"] = "Poland",
        ["Portugal"] = "Portugal", ["PT"] = "Portugal", ["Russia"] = "Russia", ["RU"] = "Russia", ["R"] = "Russia",
        ["Scandinavia"] = "Scandinavia", ["Spain"] = "Spain", ["ES"] = "Spain", ["S"] = "Spain",
        ["Sweden"] = "Sweden", ["SE"] = "Sweden", ["Sw"] = "Sweden", ["Taiwan"] = "Taiwan", ["TW"] = "Taiwan",
        ["UK"] = "United Kingdom", ["GB"] = "United Kingdom", ["United Kingdom"] = "United Kingdom",
        ["Latin America"] = "Latin America", ["New Zealand"] = "New Zealand", ["Unknown"] = "Unknown",
    };

    private static readonly Dictionary<string, string> GoodToolsRegions = new(StringComparer.Ordinal)
    {
        ["UE"] = "USA, Europe", ["JU"] = "USA, Japan", ["JUE"] = "World", ["UJ"] = "USA, Japan", ["EJ"] = "Europe, Japan",
    };

    private static readonly Dictionary<string, string> FlagWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Beta"] = "Beta", ["Proto"] = "Proto", ["Prototype"] = "Proto", ["Demo"] = "Demo", ["Sample"] = "Demo",
        ["Unl"] = "Unl", ["Unlicensed"] = "Unl", ["Aftermarket"] = "Aftermarket", ["Homebrew"] = "Aftermarket",
        ["Pirate"] = "Pirate", ["Hack"] = "Hack", ["BIOS"] = "BIOS", ["Kiosk"] = "Demo", ["Promo"] = "Promo",
        ["Debug"] = "Beta", ["Program"] = "Program", ["Alt"] = "Alt",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RegionLookup = RegionNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> GoodToolsLookup = GoodToolsRegions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FlagLookup = FlagWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static DatNameInfo Parse(string name)
    {
        var title = TitlePart(name);
        string? regions = null, languages = null, version = null, revision = null;
        int? disc = null;
        var flags = new List<string>();
        var position = title.Length;
        while (NextTag(name, ref position, out var start, out var length, out var isBracket))
        {
            var text = name.AsSpan(start, length).Trim();
            if (isBracket)
            {
                AddBracketFlag(text, flags);
                continue;
            }

            if (regions is null && ParseRegions(text) is { } parsedRegions)
            {
                regions = parsedRegions;
            }
            else if (languages is null && IsLanguageList(text))
            {
                languages = Languages(text);
            }
            else if (MayStart(text, 'r') && RevisionTag().Match(text.ToString()) is { Success: true } rev)
            {
                revision = rev.Groups[1].Value;
            }
            else if (MayStart(text, 'v') && VersionTag().Match(text.ToString()) is { Success: true } ver)
            {
                version = ver.Groups[1].Value;
            }
            else if ((MayStart(text, 'd') || MayStart(text, 'c')) && DiscTag().Match(text.ToString()) is { Success: true } discMatch
                     && int.TryParse(discMatch.Groups[1].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var discNumber))
            {
                // A disc number too large for a number ("Disc 99999999999") is no disc number (it used to fail the import).
                disc = discNumber;
            }
            else
            {
                AddFlagWords(text, flags);
            }
        }

        var baseTitle = title.Trim();
        return new DatNameInfo(baseTitle, regions, languages, version, revision, disc, flags);
    }

    /// <summary>What <see cref="Parse"/> gives as <see cref="DatNameInfo.BaseTitle"/>, without reading the tags.</summary>
    public static string BaseTitle(string name) => TitlePart(name).Trim();

    /// <summary>The title: everything before the first " (" or " [" tag (TOSEC: before "(" even without a space).</summary>
    private static string TitlePart(string name)
    {
        var cut = name.Length;
        for (var i = 1; i < name.Length; i++)
        {
            if ((name[i] == '(' || name[i] == '[') && (name[i - 1] == ' ' || name[i] == '('))
            {
                cut = i;
                break;
            }
        }

        var end = cut;
        while (end > 0 && char.IsWhiteSpace(name[end - 1]))
        {
            end--;
        }

        return end == name.Length ? name : name[..end];
    }

    /// <summary>
    /// The next "(…)" without parentheses inside or "[…]" without brackets inside at or after
    /// <paramref name="position"/>, scanning left to right as a regex does: a "(" or "[" that is not closed before
    /// another opens is passed over.
    /// </summary>
    private static bool NextTag(string name, ref int position, out int start, out int length, out bool isBracket)
    {
        for (var i = position; i < name.Length; i++)
        {
            var open = name[i];
            if (open is not '(' and not '[')
            {
                continue;
            }

            var (close, other) = open == '(' ? (')', '(') : (']', '[');
            var end = name.AsSpan(i + 1).IndexOfAny(close, other);
            if (end >= 0 && name[i + 1 + end] == close)
            {
                start = i + 1;
                length = end;
                isBracket = open == '[';
                position = i + 2 + end;
                return true;
            }
        }

        start = length = 0;
        isBracket = false;
        position = name.Length;
        return false;
    }

    /// <summary>Whether the tag starts with this ASCII letter in either case (the patterns below are case-blind).</summary>
    private static bool MayStart(ReadOnlySpan<char> text, char lower) => text.Length > 0 && (text[0] | 0x20) == lower;

    private static string? ParseRegions(ReadOnlySpan<char> text)
    {
        if (GoodToolsLookup.TryGetValue(text, out var goodTools))
        {
            return goodTools;
        }

        string? first = null;
        List<string>? more = null;
        foreach (var range in text.SplitAny(',', '-'))
        {
            var part = text[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            if (!RegionLookup.TryGetValue(part, out var region))
            {
                return null;
            }

            if (first is null)
            {
                first = region;
            }
            else if (first != region && !(more?.Contains(region) ?? false))
            {
                (more ??= [first]).Add(region);
            }
        }

        return more is null ? first : string.Join(", ", more);
    }

    /// <summary>"En,Fr,De", "en+ja", "Pt-BR": two letters, optionally "-" and two to four, joined by "," or "+".</summary>
    private static bool IsLanguageList(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (true)
        {
            if (!Letters(text, ref i, 2, 2))
            {
                return false;
            }

            if (i < text.Length && text[i] == '-')
            {
                i++;
                if (!Letters(text, ref i, 2, 4))
                {
                    return false;
                }
            }

            if (i == text.Length)
            {
                return true;
            }

            if (text[i] is not ',' and not '+')
            {
                return false;
            }

            i++;
        }
    }

    private static bool Letters(ReadOnlySpan<char> text, ref int index, int min, int max)
    {
        var count = 0;
        while (count < max && index < text.Length && char.IsAsciiLetter(text[index]))
        {
            index++;
            count++;
        }

        return count >= min;
    }

    /// <summary>A language list as stored: each language capitalized ("EN+fr" → "En,Fr"), joined by ",".</summary>
    private static string Languages(ReadOnlySpan<char> text)
    {
        Span<char> joined = stackalloc char[text.Length];
        var capital = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            joined[i] = c is ',' or '+' ? ',' : capital ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
            capital = c is ',' or '+';
        }

        return new string(joined);
    }

    private static void AddFlagWords(ReadOnlySpan<char> text, List<string> flags)
    {
        foreach (var range in text.SplitAny(' ', ','))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (FlagLookup.TryGetValue(word.TrimEnd("0123456789"), out var flag) && !flags.Contains(flag))
            {
                flags.Add(flag);
            }
        }
    }

    private static void AddBracketFlag(ReadOnlySpan<char> text, List<string> flags)
    {
        var flag = text switch
        {
            "!" => "Verified",
            "BIOS" => "BIOS",
            _ when text.StartsWith('b') => "BadDump",
            _ when text.StartsWith('h') => "Hack",
            _ when text.StartsWith('p') => "Pirate",
            _ when text.StartsWith('t') => "Trainer",
            _ when text.StartsWith('a') => "Alt",
            _ when text.StartsWith('f') => "Fixed",
            _ when text.StartsWith('o') => "Overdump",
            _ when text.StartsWith('T') => "Translation",
            _ => null,
        };
        if (flag is not null && !flags.Contains(flag))
        {
            flags.Add(flag);
        }
    }

    [GeneratedRegex(@"^Rev(?:ision)?\s*([0-9A-Za-z.]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionTag();

    [GeneratedRegex(@"^(?:v|Version\s*)([0-9][0-9A-Za-z.\-]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionTag();

    [GeneratedRegex(@"^(?:Disc|Disk|CD)\s*([0-9]+)(?:\s*of\s*[0-9]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DiscTag();
}
