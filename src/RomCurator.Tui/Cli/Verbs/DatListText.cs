using RomCurator.Core.Dats.Catalog;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`dat list` as text: one line per DAT, columns sized to their content.</summary>
public static class DatListText
{
    public static IEnumerable<string> Render(IReadOnlyList<ImportedDat> dats)
    {
        string[] header = ["name", "version", "format", "platform", "games", "entries", "have", "missing"];
        var rows = dats.Select(d => new[]
        {
            d.Name, d.Version ?? "-", d.Format, d.Platform ?? "-", d.Games.ToString("N0"), d.Entries.ToString("N0"),
            Share(d.GamesHave, d.Games), Share(d.GamesMissing, d.Games),
        }).ToList();
        var widths = header.Select((h, i) => Math.Min(60, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        yield return Line(header, widths);
        foreach (var row in rows)
        {
            yield return Line(row, widths);
        }
    }

    private static string Share(long part, long whole) => whole == 0 ? "0" : $"{part:N0} ({100.0 * part / whole:0}%)";

    private static string Line(string[] cells, int[] widths) => string.Join("  ", cells.Select((c, i) =>
    {
        var text = c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c;
        return i >= 4 ? text.PadLeft(widths[i]) : text.PadRight(widths[i]);
    })).TrimEnd();
}
