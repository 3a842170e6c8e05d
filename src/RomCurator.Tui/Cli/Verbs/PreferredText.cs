using RomCurator.Core.Preferred;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`report --1g1r` as text: the preferences, a table per DAT, then the preferred games held only as another copy and those missing.</summary>
public static class PreferredText
{
    public static IEnumerable<string> Render(PreferredReport report)
    {
        if (report.Dats.Count == 0)
        {
            yield return "no DATs imported yet: romcurator dat import FILE...";
            yield break;
        }

        yield return $"1G1R preferences: regions {string.Join(", ", report.Regions)}; languages {string.Join(", ", report.Languages)}";
        foreach (var line in Table(report))
        {
            yield return line;
        }

        foreach (var dat in report.Dats)
        {
            if (dat.OnlyOtherCopies.Count > 0)
            {
                yield return "";
                yield return $"{dat.Dat}: {dat.OnlyOther:N0} preferred games held only as another copy";
                foreach (var other in dat.OnlyOtherCopies)
                {
                    yield return $"  {other.Preferred}  (have: {string.Join("; ", other.Have)})";
                }
            }

            if (dat.MissingGames.Count > 0)
            {
                yield return "";
                yield return $"{dat.Dat}: {dat.Missing:N0} preferred games missing";
                foreach (var game in dat.MissingGames)
                {
                    yield return "  " + game;
                }
            }
        }
    }

    /// <summary>The summary table: one line per DAT (names cut to 40 columns so a line fits a 78-column pane).</summary>
    public static IEnumerable<string> Table(PreferredReport report)
    {
        yield return $"{"DAT",-40} {"GAMES",8} {"HAVE",8} {"OTHER",8} {"MISSING",8}";
        foreach (var dat in report.Dats)
        {
            var name = (dat.InferredFamilies ? "~" : "") + dat.Dat;
            name = name.Length > 40 ? name[..39] + "…" : name;
            yield return $"{name,-40} {dat.Games,8:N0} {dat.Have,8:N0} {dat.OnlyOther,8:N0} {dat.Missing,8:N0}";
        }

        if (report.Dats.Any(d => d.InferredFamilies))
        {
            yield return "~ families inferred from names; OTHER: only a non-preferred copy held";
        }
        else
        {
            yield return "OTHER: only a non-preferred copy held";
        }
    }
}
