using System.Text;
using System.Text.RegularExpressions;

namespace RomCurator.Core.Archives.Discs;

/// <summary>
/// Groups disc images whose file names differ only by a <c>(Disc N)</c> tag (Redump's naming; also <c>(Disc N of M)</c>
/// and <c>(CD N)</c>) in the same folder, and gives each group of two or more its <c>.m3u</c> playlist: named like the
/// discs without the tag, beside them, listing them by disc number (LF line endings, as emulators read them).
/// Pure: it only looks at paths.
/// </summary>
public static partial class MultiDiscSets
{
    public static IReadOnlyList<MultiDiscSet> Group(IEnumerable<string> paths)
    {
        var sets = new Dictionary<string, List<(int Disc, string Path)>>(StringComparer.Ordinal);
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(path);
            var match = DiscTag().Match(name);
            if (!match.Success || !int.TryParse(match.Groups["n"].Value, out var disc))
            {
                continue;
            }

            var folder = System.IO.Path.GetDirectoryName(path) ?? "";
            var game = (name[..match.Index] + name[(match.Index + match.Length)..]).Trim();
            var key = System.IO.Path.Combine(folder, game);
            if (!sets.TryGetValue(key, out var discs))
            {
                sets[key] = discs = [];
            }

            discs.Add((disc, path));
        }

        return sets
            .Where(s => s.Value.Select(d => d.Disc).Distinct().Count() >= 2)
            .Select(s => new MultiDiscSet(s.Key + ".m3u", [.. s.Value.OrderBy(d => d.Disc).ThenBy(d => d.Path, StringComparer.Ordinal).Select(d => d.Path)]))
            .OrderBy(s => s.Playlist, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The playlist's text: each disc's file name (they sit beside it), one a line.</summary>
    public static string Playlist(MultiDiscSet set)
    {
        var text = new StringBuilder();
        foreach (var disc in set.Discs)
        {
            text.Append(System.IO.Path.GetFileName(disc)).Append('\n');
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\s*\((?:Disc|CD) (?<n>\d{1,2})(?: of \d{1,2})?\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DiscTag();
}
