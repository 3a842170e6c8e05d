using RomCurator.Core.Organizer;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// One page of the Organizer pane's rows: platforms in name order, each a header row then its lines (none when the
/// platform is folded). Only the lines the page shows are read from the plan's table; the rest is counted, never loaded.
/// </summary>
public sealed record PlanPage(IReadOnlyList<PlanRow> Rows, int Page, int FirstRow, int TotalRows)
{
    public static PlanPage Read(PlanTable plan, PlanView view, int page, int pageSize, int width = 78, IReadOnlySet<string>? folded = null)
    {
        var actions = PlanRows.Actions(view);
        var groups = plan.Groups(actions).OrderBy(g => g.Platform, StringComparer.OrdinalIgnoreCase).ToList();
        int Shown(PlanGroup g) => folded?.Contains(g.Platform) == true ? 0 : g.Lines;
        var total = groups.Sum(g => 1 + Shown(g));
        if (total == 0)
        {
            return new PlanPage([PlanRows.Empty(view)], 0, 0, 1);
        }

        page = Math.Clamp(page, 0, (total - 1) / pageSize);
        var start = page * pageSize;
        var end = start + pageSize;
        var rows = new List<PlanRow>();
        var at = 0;
        foreach (var group in groups)
        {
            var lines = Shown(group);
            var next = at + 1 + lines;
            if (next > start && at < end)
            {
                if (at >= start)
                {
                    rows.Add(PlanRows.Group(group, lines == 0 && group.Lines > 0));
                }

                var first = Math.Max(0, start - (at + 1));
                var last = Math.Min(lines, end - (at + 1));
                if (last > first)
                {
                    rows.AddRange(plan.Lines(actions, group.Platform, first, last - first).Select(l => PlanRows.Row(l, width)));
                }
            }

            at = next;
            if (at >= end)
            {
                break;
            }
        }

        return new PlanPage(rows, page, start, total);
    }
}
