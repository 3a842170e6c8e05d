using System.Globalization;

namespace RomCurator.Tui.Presentation;

/// <summary>
/// The editable settings in words a curator understands (the config key goes in the detail line), their values with
/// units (sizes in MiB, yes/no), and sizes typed with a unit ("32 MiB", "64k") read back as bytes.
/// </summary>
public static class SettingNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["archives.maxDepth"] = "Archives inside archives: levels opened",
        ["archives.passwordDictionaryPath"] = "Password list for encrypted archives",
        ["archives.maxCompressionRatio"] = "Archive bomb limit (times expanded)",
        ["scan.hashChunkSizeBytes"] = "Read size while hashing",
        ["scan.hashWorkers"] = "Files hashed at once",
        ["matching.autoLinkHighConfidence"] = "Link sure title matches without review",
        ["matching.autoLinkThreshold"] = "Sure match at confidence",
        ["matching.reviewThreshold"] = "Suggest for review at confidence",
        ["organizer.template"] = "Organizer folder layout",
        ["organizer.preset"] = "Organizer preset layout",
        ["organizer.dryRunByDefault"] = "Organize shows the plan first",
        ["organizer.unverified"] = "Accepted but unverified files",
        ["organizer.duplicates"] = "Extra copies of the same file",
        ["organizer.m3u"] = "Playlists for multi-disc games",
        ["oneGameOneRom.regions"] = "1G1R: regions, best first",
        ["oneGameOneRom.languages"] = "1G1R: languages, best first",
        ["oneGameOneRom.avoid"] = "1G1R: kinds a retail copy wins over",
        ["oneGameOneRom.organizePreferredOnly"] = "Organize only the preferred copy",
        ["oneGameOneRom.otherCopies"] = "Other copies: _others/ or stay",
    };

    public static string Name(string key) => Names.TryGetValue(key, out var name) ? name : key;

    /// <summary>Whether the setting holds a size in bytes (shown in MiB/GiB, typed with a unit).</summary>
    public static bool IsSize(string key) => key.EndsWith("Bytes", StringComparison.Ordinal);

    /// <summary>The stored value as shown: sizes with units, true/false as yes/no, 0 workers as "one per processor", empty as "(none)".</summary>
    public static string Value(string key, string stored) =>
        stored.Length == 0 ? "(none)"
        : IsSize(key) && long.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes) ? Units.Size(bytes)
        : stored == "true" ? "yes"
        : stored == "false" ? "no"
        : key == "scan.hashWorkers" && stored == "0" ? "one per processor"
        : stored;

    /// <summary>What a typed answer means for the setting: a size with a unit becomes bytes; anything else is passed on as typed.</summary>
    public static string Typed(string key, string typed)
    {
        var text = typed.Trim();
        if (!IsSize(key))
        {
            return text is "yes" or "Yes" ? "true" : text is "no" or "No" ? "false" : typed;
        }

        var digits = new string([.. text.TakeWhile(c => char.IsDigit(c) || c == '.')]);
        var unit = text[digits.Length..].Trim().ToUpperInvariant().TrimEnd('B').TrimEnd('I');
        long scale = unit switch
        {
            "" => 1,
            "K" => 1L << 10,
            "M" => 1L << 20,
            "G" => 1L << 30,
            _ => 0,
        };
        return scale > 0 && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? ((long)Math.Round(number * scale)).ToString(CultureInfo.InvariantCulture)
            : typed;
    }
}
