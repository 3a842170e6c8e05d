using System.Globalization;

namespace RomCurator.Core.Configuration;

/// <summary>The kind of value a setting holds, which decides how typed text is read and written to the JSON file.</summary>
public enum SettingKind
{
    Integer,
    Number,
    Boolean,
    Text,
}

/// <summary>A setting the curator may change from the Settings pane or `config set`: its key, meaning and current value.</summary>
public sealed record EditableSetting(string Key, string Description, SettingKind Kind, Func<RomCuratorSettings, string> Read);

/// <summary>The settings offered for editing (the rest stay in the config file for those who need them).</summary>
public static class EditableSettings
{
    public static readonly IReadOnlyList<EditableSetting> All =
    [
        new("archives.maxDepth", "how deep archives inside archives are opened (0: not at all)", SettingKind.Integer,
            s => Text(s.Archives.MaxDepth)),
        new("archives.passwordDictionaryPath", "file with one password per line for encrypted archives (empty: none)", SettingKind.Text,
            s => s.Archives.PasswordDictionaryPath),
        new("archives.maxCompressionRatio", "an archive member expanding more than this many times is treated as a bomb", SettingKind.Integer,
            s => Text(s.Archives.MaxCompressionRatio)),
        new("scan.hashChunkSizeBytes", "bytes read per chunk while hashing (64 KiB to 1 GiB)", SettingKind.Integer,
            s => Text(s.Scan.HashChunkSizeBytes)),
        new("scan.hashWorkers", "files hashed at once (0: one per processor)", SettingKind.Integer,
            s => Text(s.Scan.HashWorkers)),
        new("matching.autoLinkHighConfidence", "link high-confidence title matches without review (true/false)", SettingKind.Boolean,
            s => Text(s.Matching.AutoLinkHighConfidence)),
        new("matching.autoLinkThreshold", "confidence at or above which a title match is linked straight away (0-1)", SettingKind.Number,
            s => Text(s.Matching.AutoLinkThreshold)),
        new("matching.reviewThreshold", "confidence at or above which a suggestion goes to review (0-1)", SettingKind.Number,
            s => Text(s.Matching.ReviewThreshold)),
        new("organizer.template", "where the organizer puts files, e.g. {platform}/{region}/{title}{ext}", SettingKind.Text,
            s => s.Organizer.Template),
        new("organizer.preset", "a named layout instead of the template: es-de, retroarch, by-letter (empty: none)", SettingKind.Text,
            s => s.Organizer.Preset),
        new("organizer.dryRunByDefault", "organize without flags only shows the plan (true/false)", SettingKind.Boolean,
            s => Text(s.Organizer.DryRunByDefault)),
        new("organizer.unverified", "files accepted in review but not verified by hash: separate (moved, own name, into <platform>/Unverified/) or skip (stay)",
            SettingKind.Text, s => s.Organizer.Unverified),
        new("organizer.duplicates", "extra copies of one content in a root: keep (stay) or move (into the root's _duplicates/ folder; nothing is deleted)",
            SettingKind.Text, s => s.Organizer.Duplicates),
        new("organizer.m3u", "an .m3u playlist beside the discs of each multi-disc game: auto (with the es-de and retroarch presets), on or off",
            SettingKind.Text, s => s.Organizer.M3u),
        new("oneGameOneRom.regions", "1G1R: regions best first, e.g. USA, World, Europe, Japan", SettingKind.Text,
            s => s.OneGameOneRom.Regions),
        new("oneGameOneRom.languages", "1G1R: languages best first, e.g. En, Ja", SettingKind.Text,
            s => s.OneGameOneRom.Languages),
        new("oneGameOneRom.avoid", "1G1R: kinds a retail copy wins over, e.g. Beta, Proto, Demo, Pirate, Unl, BIOS", SettingKind.Text,
            s => s.OneGameOneRom.Avoid),
        new("oneGameOneRom.organizePreferredOnly", "the organizer places only the preferred copy of each game (true/false)", SettingKind.Boolean,
            s => Text(s.OneGameOneRom.OrganizePreferredOnly)),
        new("oneGameOneRom.otherCopies", "with preferred-only: other copies go to _others/ (subfolder) or stay", SettingKind.Text,
            s => s.OneGameOneRom.OtherCopies),
    ];

    public static EditableSetting Find(string key) =>
        All.FirstOrDefault(s => s.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
        ?? throw new ConfigurationException($"'{key}' is not a setting that can be changed here; use one of: {string.Join(", ", All.Select(s => s.Key))}.");

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
