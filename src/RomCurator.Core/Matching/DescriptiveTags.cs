using RomCurator.Core.Naming;

namespace RomCurator.Core.Matching;

/// <summary>
/// The words of a name's tags that describe the game rather than the dump: "(Levels 81 to 120)", "(Virtual Console)",
/// "(SGB Enhanced)". Tags the DAT name parser knows (regions, languages, versions, revisions, discs, flags) dates ("(1994-03-02)")
/// and revisions however written ("(REV-B)") are not descriptive.
/// </summary>
public static class DescriptiveTags
{
    public static List<string> Words(string name, string baseTitle)
    {
        var words = new List<string>();
        var at = name.IndexOf(baseTitle, StringComparison.Ordinal);
        var i = at < 0 ? 0 : at + baseTitle.Length;
        while ((i = name.IndexOf('(', i)) >= 0)
        {
            var end = name.IndexOf(')', i + 1);
            if (end < 0)
            {
                break;
            }

            var tag = name[(i + 1)..end].Trim();
            i = end + 1;
            if (tag.Length == 0 || tag.StartsWith("rev", StringComparison.OrdinalIgnoreCase) || tag.All(c => char.IsAsciiDigit(c) || c is '-' or '.' or ' ' or 'x' or 'X') || Known(tag))
            {
                continue;
            }

            words.AddRange(TitleWords.Normalize(tag).Words);
        }

        return words;
    }

    private static bool Known(string tag)
    {
        var info = DatNameParser.Parse("t (" + tag + ")");
        return info.Regions is not null || info.Languages is not null || info.Version is not null || info.Revision is not null
               || info.DiscNumber is not null || info.Flags.Count > 0;
    }
}
