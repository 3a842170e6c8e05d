using System.Text.RegularExpressions;

namespace RomCurator.Core.Naming;

/// <summary>
/// Reads No-Intro, Redump, TOSEC and GoodTools style names: "Title (Region) (Languages) (Rev 1) (Beta) [!]".
/// Tags it does not know are ignored for the title and kept out of the key.
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

    public static DatNameInfo Parse(string name)
    {
        var title = TitlePart(name);
        string? regions = null, languages = null, version = null, revision = null;
        int? disc = null;
        var flags = new List<string>();
        foreach (Match tag in Tags().Matches(name[title.Length..]))
        {
            var text = tag.Groups["paren"].Success ? tag.Groups["paren"].Value.Trim() : tag.Groups["bracket"].Value.Trim();
            if (tag.Groups["bracket"].Success)
            {
                AddBracketFlag(text, flags);
                continue;
            }

            if (regions is null && ParseRegions(text) is { } parsedRegions)
            {
                regions = parsedRegions;
            }
            else if (languages is null && LanguageList().IsMatch(text))
            {
                languages = string.Join(",", text.Split([',', '+'], StringSplitOptions.TrimEntries).Select(Capitalize));
            }
            else if (RevisionTag().Match(text) is { Success: true } rev)
            {
                revision = rev.Groups[1].Value;
            }
            else if (VersionTag().Match(text) is { Success: true } ver)
            {
                version = ver.Groups[1].Value;
            }
            else if (DiscTag().Match(text) is { Success: true } discMatch)
            {
                disc = int.Parse(discMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                foreach (var word in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
                {
                    var flag = FlagWords.GetValueOrDefault(word.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'));
                    if (flag is not null && !flags.Contains(flag))
                    {
                        flags.Add(flag);
                    }
                }
            }
        }

        var baseTitle = title.Trim();
        return new DatNameInfo(baseTitle, TitleNormalizer.Key(baseTitle), regions, languages, version, revision, disc, flags);
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

        return name[..cut].TrimEnd();
    }

    private static string? ParseRegions(string text)
    {
        if (GoodToolsRegions.TryGetValue(text, out var goodTools))
        {
            return goodTools;
        }

        var parts = text.Split([',', '-'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var regions = new List<string>();
        foreach (var part in parts)
        {
            if (!RegionNames.TryGetValue(part, out var region))
            {
                return null;
            }

            if (!regions.Contains(region))
            {
                regions.Add(region);
            }
        }

        return regions.Count == 0 ? null : string.Join(", ", regions);
    }

    private static void AddBracketFlag(string text, List<string> flags)
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

    private static string Capitalize(string language) =>
        language.Length == 0 ? language : char.ToUpperInvariant(language[0]) + language[1..].ToLowerInvariant();

    [GeneratedRegex(@"\((?<paren>[^()]*)\)|\[(?<bracket>[^\[\]]*)\]")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^(?:[A-Za-z]{2}(?:-[A-Za-z]{2,4})?)(?:[,+](?:[A-Za-z]{2}(?:-[A-Za-z]{2,4})?))*$")]
    private static partial Regex LanguageList();

    [GeneratedRegex(@"^Rev(?:ision)?\s*([0-9A-Za-z.]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionTag();

    [GeneratedRegex(@"^(?:v|Version\s*)([0-9][0-9A-Za-z.\-]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionTag();

    [GeneratedRegex(@"^(?:Disc|Disk|CD)\s*([0-9]+)(?:\s*of\s*[0-9]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DiscTag();
}
