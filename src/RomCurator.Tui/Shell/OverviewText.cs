using System.Text;
using RomCurator.Core.Storage;

namespace RomCurator.Tui.Shell;

/// <summary>Renders the overview of the database (a pure function, tested without a screen).</summary>
public static class OverviewText
{
    public static string Render(DatabaseSummary summary)
    {
        var text = new StringBuilder();
        text.AppendLine($"Database  {summary.Path}  (schema {summary.SchemaVersion})");
        foreach (var (table, count) in summary.RowCounts)
        {
            text.AppendLine($"  {table,-22}{count,10:N0}");
        }

        return text.ToString();
    }
}
