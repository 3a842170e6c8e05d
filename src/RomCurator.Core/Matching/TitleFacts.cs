using RomCurator.Core.Naming;

namespace RomCurator.Core.Matching;

/// <summary>
/// A title reduced to what matching compares: its words (<see cref="TitleWords"/>), the words run together
/// (<see cref="Compact"/>), the main title before a subtitle, the words of descriptive tags the name carries
/// ("(Levels 81 to 120)", "(Virtual Console)"), the numbers of the title and of those tags, regions, flags, revision, and the naming rules that fired.
/// </summary>
public sealed record TitleFacts(
    string Name,
    string Key,
    string Compact,
    string MainCompact,
    string SubtitleCompact,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Extra,
    IReadOnlySet<string> Numbers,
    IReadOnlySet<string> ExtraNumbers,
    string? Regions,
    IReadOnlyList<string> Flags,
    string? Revision,
    IReadOnlyList<string> Rules)
{
    private static readonly string[] ArchiveExtensions = [".gz", ".zip", ".7z", ".rar", ".xz", ".bz2", ".zst"];

    /// <summary>The title words followed by the words of descriptive tags.</summary>
    public IEnumerable<string> AllWords => Words.Concat(Extra);

    public static TitleFacts From(string name)
    {
        var info = DatNameParser.Parse(name);
        var (words, rules) = TitleWords.Normalize(info.BaseTitle);
        var extra = DescriptiveTags.Words(name, info.BaseTitle);
        var numbers = words.Where(w => w.All(char.IsAsciiDigit)).ToHashSet();
        var extraNumbers = extra.Where(w => w.All(char.IsAsciiDigit)).ToHashSet();
        var (main, subtitle) = Parts(info.BaseTitle, words);
        return new TitleFacts(name, string.Join(' ', words), TitleWords.Compact(words), main, subtitle, words, extra,
            numbers, extraNumbers, info.Regions, info.Flags, info.Revision ?? info.Version, rules);
    }

    /// <summary>
    /// A file name without its extension (and an archive's: ".sfc.gz") and dump flags; underscores are spaces, and so
    /// are dots in a name that has no space ("super.mario.world.sfc").
    /// </summary>
    public static TitleFacts FromFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        for (var i = 0; i < 2; i++)
        {
            var extension = Path.GetExtension(name);
            if (extension.Length is > 1 and <= 5 && !extension.Contains(' ') && !extension.Contains(')') && name.Length > extension.Length)
            {
                name = name[..^extension.Length];
                if (!ArchiveExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
                {
                    break;
                }
            }
        }

        name = name.Replace('_', ' ');
        if (!name.Contains(' '))
        {
            name = name.Replace('.', ' ');
        }

        return From(name);
    }

    /// <summary>
    /// The compact keys of the title before its first subtitle (" - ", ": ") and of its last subtitle; the whole title's
    /// and empty when it has none.
    /// </summary>
    private static (string Main, string Subtitle) Parts(string baseTitle, List<string> words)
    {
        var cut = baseTitle.IndexOf(" - ", StringComparison.Ordinal);
        var colon = baseTitle.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && (cut < 0 || colon < cut))
        {
            cut = colon;
        }

        if (cut <= 0)
        {
            return (TitleWords.Compact(words), "");
        }

        var last = Math.Max(baseTitle.LastIndexOf(" - ", StringComparison.Ordinal), baseTitle.LastIndexOf(": ", StringComparison.Ordinal));
        return (TitleWords.Compact(TitleWords.Normalize(baseTitle[..cut]).Words),
            TitleWords.Compact(TitleWords.Normalize(baseTitle[(last + 2)..]).Words));
    }
}
