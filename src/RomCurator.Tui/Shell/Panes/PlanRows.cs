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

/// <summary>Renders the organizer's plan as diff lines grouped by platform (pure: plan lines → rows).</summary>
public static class PlanRows
{
    /// <summary>Two short header lines: the template and view, then the counts with the mark each kind of row carries.</summary>
    public static string Title(string template, PlanCounts counts, PlanView view) =>
        $"Template {template} · view: {view.ToString().ToLowerInvariant()} (v changes it)\n" +
        $"{counts.Moves} to move (→), {counts.InPlace} in place (=), {counts.Conflicts} conflicts (!), {counts.Skips} skipped (-)";

    /// <summary>The actions a view shows.</summary>
    public static IReadOnlyCollection<string> Actions(PlanView view) => view switch
    {
        PlanView.Changes => [PlanActions.Move, PlanActions.Conflict, PlanActions.Skip],
        PlanView.Problems => [PlanActions.Conflict, PlanActions.Skip],
        _ => [PlanActions.Move, PlanActions.InPlace, PlanActions.Conflict, PlanActions.Skip],
    };

    public static PlanRow Group(PlanGroup group) => new($"── {group.Platform} ({group.Lines})", "");

    public static PlanRow Empty(PlanView view) =>
        new(view == PlanView.Problems ? "No conflicts and nothing skipped." : "Nothing to move: every curated file is in place.", "");

    public static string Progress(OrganizeProgress progress)
    {
        const int width = 30;
        var filled = progress.Total == 0 ? width : progress.Done * width / progress.Total;
        return $"Moving [{new string('#', filled)}{new string('.', width - filled)}] {progress.Done}/{progress.Total}  {progress.Current}";
    }

    public static PlanRow Row(PlannedMove item) => item.Action switch
    {
        PlanActions.Move => new PlanRow($"→ {item.Root}: {item.From} → {item.To}", $"to {item.Root}: {item.To}" + (item.Reason is { } why ? $" ({why})" : "")),
        PlanActions.InPlace => new PlanRow($"= {item.Root}: {item.From}", "already where the template puts it"),
        PlanActions.Conflict => new PlanRow($"! {item.Root}: {item.From} → {item.To}  ({item.Reason})", $"conflict, stays: {item.Reason}"),
        _ => new PlanRow($"- {item.Root}: {item.From}  ({item.Reason})", $"skipped, stays: {item.Reason}"),
    };
}
