using RomCurator.Core.Organizer;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Which lines of the organizer's plan the pane shows.</summary>
public enum PlanView
{
    Changes,
    Everything,
    Problems,
}

/// <summary>One line of the Organizer pane and what its note line says (the full destination, or the reason).</summary>
public sealed record PlanRow(string Text, string Note);

/// <summary>Renders the organizer's plan as diff lines grouped by platform (pure: plan → rows).</summary>
public static class PlanRows
{
    /// <summary>Two short header lines: the template and view, then the counts with the mark each kind of row carries.</summary>
    public static string Title(OrganizerPlan plan, PlanView view) =>
        $"Template {plan.Template} · view: {view.ToString().ToLowerInvariant()} (v changes it)\n" +
        $"{plan.Moves} to move (→), {plan.InPlace} in place (=), {plan.Conflicts} conflicts (!), {plan.Skips} skipped (-)";

    public static IReadOnlyList<PlanRow> Build(OrganizerPlan plan, PlanView view)
    {
        var shown = plan.Items.Where(i => view switch
        {
            PlanView.Changes => i.Action is PlanActions.Move or PlanActions.Conflict or PlanActions.Skip,
            PlanView.Problems => i.Action is PlanActions.Conflict or PlanActions.Skip,
            _ => true,
        });
        var rows = new List<PlanRow>();
        foreach (var group in shown.GroupBy(i => i.Platform).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            rows.Add(new PlanRow($"── {group.Key} ({group.Count()})", ""));
            rows.AddRange(group.Select(Row));
        }

        if (rows.Count == 0)
        {
            rows.Add(new PlanRow(view == PlanView.Problems ? "No conflicts and nothing skipped." : "Nothing to move: every curated file is in place.", ""));
        }

        return rows;
    }

    public static string Progress(OrganizeProgress progress)
    {
        const int width = 30;
        var filled = progress.Total == 0 ? width : progress.Done * width / progress.Total;
        return $"Moving [{new string('#', filled)}{new string('.', width - filled)}] {progress.Done}/{progress.Total}  {progress.Current}";
    }

    private static PlanRow Row(PlannedMove item) => item.Action switch
    {
        PlanActions.Move => new PlanRow($"→ {item.Root}: {item.From} → {item.To}", $"to {item.Root}: {item.To}"),
        PlanActions.InPlace => new PlanRow($"= {item.Root}: {item.From}", "already where the template puts it"),
        PlanActions.Conflict => new PlanRow($"! {item.Root}: {item.From} → {item.To}  ({item.Reason})", $"conflict, stays: {item.Reason}"),
        _ => new PlanRow($"- {item.Root}: {item.From}  ({item.Reason})", $"skipped, stays: {item.Reason}"),
    };
}
