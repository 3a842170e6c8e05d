using System.Text.RegularExpressions;
using RomCurator.Core.Naming;

namespace RomCurator.Core.Configuration;

/// <summary>
/// Reads the words of the 1G1R settings the way DAT names are read ("U" = "USA", "Sample" = "Demo", "Unlicensed" =
/// "Unl") and names the first word of each setting that is not a region, a language code or a kind.
/// </summary>
public static partial class OneGameOneRomRules
{
    /// <summary>The kinds a DAT name can carry (as <see cref="DatNameParser"/> names them).</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "Beta", "Proto", "Demo", "Unl", "Aftermarket", "Pirate", "Hack", "BIOS", "Promo", "Program", "Alt", "BadDump",
        "Trainer", "Fixed", "Overdump", "Translation",
    ];

    public static IReadOnlyList<SettingProblem> Problems(OneGameOneRomSettings settings)
    {
        var problems = new List<SettingProblem>();
        void Check(string key, string value, Func<string, bool> known, string expected)
        {
            var unknown = Words(value).Where(w => !known(w)).ToList();
            if (unknown.Count > 0)
            {
                problems.Add(new SettingProblem($"{key} '{unknown[0]}' is not {expected}", key));
            }
        }

        Check("oneGameOneRom.regions", settings.Regions, w => Region(w) is not null, "a region (e.g. USA, World, Europe, Japan)");
        Check("oneGameOneRom.languages", settings.Languages, w => Language(w) is not null, "a two-letter language code (e.g. En, Ja)");
        Check("oneGameOneRom.avoid", settings.Avoid, w => Kind(w) is not null, $"a kind ({string.Join(", ", Kinds)}, Sample)");
        if (OtherCopiesPlacements.Parse(settings.OtherCopies) is null)
        {
            problems.Add(new SettingProblem($"oneGameOneRom.otherCopies must be {OtherCopiesPlacements.Subfolder} or {OtherCopiesPlacements.Stay} (got '{settings.OtherCopies}')",
                "oneGameOneRom.otherCopies"));
        }

        return problems;
    }

    /// <summary>The comma-separated words of a list setting.</summary>
    public static IEnumerable<string> Words(string? list) =>
        (list ?? "").Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The region a word names, as DAT names are normalized ("U", "US" and "USA" are "USA"), or null.</summary>
    public static string? Region(string word) =>
        word.IndexOfAny(['(', ')']) < 0 && DatNameParser.Parse($"x ({word})").Regions is { } region && !region.Contains(',') ? region : null;

    /// <summary>"en" as "En", or null for anything but two letters.</summary>
    public static string? Language(string word) =>
        LanguageCode().IsMatch(word) ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() : null;

    /// <summary>The kind a word names ("sample" is "Demo", "unlicensed" is "Unl"), or null.</summary>
    public static string? Kind(string word)
    {
        if (Kinds.FirstOrDefault(k => k.Equals(word, StringComparison.OrdinalIgnoreCase)) is { } kind)
        {
            return kind;
        }

        var flags = word.IndexOfAny(['(', ')']) >= 0 ? [] : DatNameParser.Parse($"x ({word})").Flags;
        return flags.Count == 1 ? flags[0] : null;
    }

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex LanguageCode();
}
