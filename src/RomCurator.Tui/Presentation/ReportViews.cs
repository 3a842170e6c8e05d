using RomCurator.Core.Preferred;
using RomCurator.Core.Reports;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tui.Presentation;

/// <summary>
/// The 1G1R and duplicates reports as the Overview shows them (pure): a header line and rows cut to the width, the
/// same words as `report --1g1r` and `report duplicates`.
/// </summary>
public static class ReportViews
{
    public static (string Header, IReadOnlyList<string> Rows) Preferred(PreferredReport report, int width)
    {
        var lines = PreferredText.Render(report).ToList();
        var header = report.Dats.Count == 0 ? "1G1R: one game, one ROM" : lines[0];
        var rows = report.Dats.Count == 0 ? lines : lines.Skip(1).ToList();
        return (TextFit.End(header, width), [.. rows.Select(r => TextFit.End(r, width))]);
    }

    public static (string Header, IReadOnlyList<string> Rows) Duplicates(DuplicateReport report, int width)
    {
        var lines = DuplicateText.Render(report).ToList();
        return (TextFit.End(report.Groups.Count == 0 ? "Duplicates" : "Duplicates: " + lines[0], width),
            [.. (report.Groups.Count == 0 ? lines : lines.Skip(1)).Select(r => TextFit.End(r, width))]);
    }
}
