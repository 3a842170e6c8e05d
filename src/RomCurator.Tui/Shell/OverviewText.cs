using System.Text;
using RomCurator.Core.Storage;

namespace RomCurator.Tui.Shell;

/// <summary>Renders the main window's overview of the database (a pure function, tested without a screen).</summary>
public static class OverviewText
{
    public static string Render(DatabaseSummary summary)
    {
        var text = new StringBuilder();
        text.AppendLine($"Database  {summary.Path}");
        text.AppendLine($"Schema    {summary.SchemaVersion}");
        text.AppendLine();
        foreach (var (table, count) in summary.RowCounts)
        {
            text.AppendLine($"  {table,-22}{count,10:N0}");
        }

        text.AppendLine();
        text.AppendLine("Panes for roots, scanning, review and organizing are not in this build yet;");
        text.AppendLine("use 'romcurator --help' for the headless verbs.");
        return text.ToString();
    }
}
