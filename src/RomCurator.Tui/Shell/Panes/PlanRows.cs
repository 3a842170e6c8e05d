using RomCurator.Core.FileSystem;
using RomCurator.Core.Organizer;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>Which lines of the organizer's plan the pane shows.</summary>
public enum PlanView
{
    Changes,
    Everything,
    Problems,
}

/// <summary>
/// One line of the Organizer pane: its text (fitted to the width), and the plan line (<see cref="Item"/>) or the
/// platform header (<see cref="Group"/>) it stands for.
/// </summary>
public sealed record PlanRow(string Text, PlannedMove? Item = null, PlanGroup? Group = null, bool Folded = false);

/// <summary>Renders the organizer's plan as diff lines grouped by platform (pure: plan lines → rows).</summary>
public static class PlanRows
{
    /// <summary>Two short header lines: the template and view, then the counts with the mark each kind of row carries.</summary>
    public static string Title(string template, PlanCounts counts, PlanView view) =>
        $"Template {template} · view: {view.ToString().ToLowerInvariant()} (v changes it)\n" +
        $"{counts.Moves} to move (→), {counts.FilesInPlace} in place (=), {counts.Conflicts} {Units.Plural(counts.Conflicts, "conflict")} (!), {counts.FilesSkipped} skipped (-)" +
        (counts.Playlists > 0 ? $", {counts.Playlists} {Units.Plural(counts.Playlists, "playlist")} (+)" : "") +
        (counts.PlaylistsInPlace > 0 ? $", {counts.PlaylistsInPlace} {Units.Plural(counts.PlaylistsInPlace, "playlist")} in place" : "") +
        (counts.PlaylistsSkipped > 0 ? $", {counts.PlaylistsSkipped} {Units.Plural(counts.PlaylistsSkipped, "playlist")} not written" : "") +
        (counts.PlaylistsToRemove > 0 ? $", {counts.PlaylistsToRemove} {Units.Plural(counts.PlaylistsToRemove, "playlist")} to remove (x)" : "");

    /// <summary>The actions a view shows.</summary>
    public static IReadOnlyCollection<string> Actions(PlanView view) => view switch
    {
        PlanView.Changes => [PlanActions.Move, PlanActions.Playlist, PlanActions.RemovePlaylist, PlanActions.Conflict, PlanActions.Skip],
        PlanView.Problems => [PlanActions.Conflict, PlanActions.Skip],
        _ => [PlanActions.Move, PlanActions.Playlist, PlanActions.RemovePlaylist, PlanActions.InPlace, PlanActions.Conflict, PlanActions.Skip],
    };

    /// <summary>A platform's header: ▾ when its lines follow, ▸ when folded (f opens it again).</summary>
    public static PlanRow Group(PlanGroup group, bool folded) =>
        new(folded ? $"▸ {group.Platform} ({group.Lines}, folded: f opens)" : $"▾ {group.Platform} ({group.Lines})", Group: group, Folded: folded);

    public static PlanRow Empty(PlanView view) =>
        new(view == PlanView.Problems ? "No conflicts and nothing skipped." : "Nothing to move: every curated file is in place.");

    public static string Progress(OrganizeProgress progress)
    {
        const int width = 30;
        var filled = progress.Total == 0 ? width : progress.Done * width / progress.Total;
        return $"Moving [{new string('#', filled)}{new string('.', width - filled)}] {progress.Done}/{progress.Total}  {progress.Current}";
    }

    /// <summary>
    /// A plan line in <paramref name="width"/> columns: the mark, the root, the paths shortened in the middle (both
    /// ends stay readable), and for a conflict or a skip the reason (cut at its end when the line is short of room).
    /// The detail strip and Enter show everything in full.
    /// </summary>
    public static PlanRow Row(PlannedMove item, int width)
    {
        var head = $"  {Mark(item.Action)} {item.Root}: ";
        var room = Math.Max(8, width - head.Length);
        var text = item.Action switch
        {
            PlanActions.Move => head + Pair(item.From, item.To ?? "", room),
            PlanActions.InPlace => head + TextFit.Middle(item.From, room),
            PlanActions.Playlist => head + WithReason(room, room / 2, "new multi-disc playlist", r => TextFit.Middle(item.From, r)),
            PlanActions.RemovePlaylist => head + WithReason(room, room / 2, "playlist the organizer wrote, removed", r => TextFit.Middle(item.From, r)),
            PlanActions.Conflict => head + WithReason(room, room / 3, item.Reason, r => Pair(item.From, item.To ?? "", r)),
            _ => head + WithReason(room, room / 2, item.Reason, r => TextFit.Middle(item.From, r)),
        };
        return new PlanRow(text, Item: item);
    }

    /// <summary>The detail strip's two lines: the full source path, then the full destination (or why the file stays).</summary>
    public static string Note(PlannedMove item, string? rootPath)
    {
        var from = "from " + Full(rootPath, item.From);
        return item.Action switch
        {
            PlanActions.Move => from + "\nto   " + Full(rootPath, item.To!) + (item.Reason is { } why ? $" ({why})" : ""),
            PlanActions.InPlace => from + "\nstays: already where the template puts it",
            PlanActions.Playlist => "playlist " + Full(rootPath, item.From) + "\nwrites: " + item.Reason,
            PlanActions.RemovePlaylist => "playlist " + Full(rootPath, item.From) + "\nremoves: " + item.Reason,
            PlanActions.Conflict => from + "\nto   " + Full(rootPath, item.To!) + " — stays: " + item.Reason,
            _ => from + "\nstays: " + item.Reason,
        };
    }

    /// <summary>Everything about one plan line, for the full view Enter opens (long paths wrap at the width).</summary>
    public static IReadOnlyList<string> Details(PlannedMove item, string? rootPath, int width)
    {
        var lines = Wrap("", What(item.Action), width).ToList();
        lines.Add("");
        lines.AddRange(Wrap("Platform  ", item.Platform, width));
        lines.AddRange(Wrap("Root      ", item.Root, width));
        lines.AddRange(Wrap("From      ", Full(rootPath, item.From), width));
        if (item.To is { } to)
        {
            lines.AddRange(Wrap("To        ", Full(rootPath, to), width));
        }

        if (item.Reason is { } reason)
        {
            lines.AddRange(Wrap("Why       ", reason, width));
        }

        lines.Add("");
        lines.Add("Enter or Esc closes this view.");
        return lines;
    }

    private static string What(string action) => action switch
    {
        PlanActions.Move => "→ Move: applying the plan (a) moves this file to the destination below.",
        PlanActions.InPlace => "= In place: the file is already where the template puts it.",
        PlanActions.Playlist => "+ Playlist: applying the plan (a) writes this multi-disc playlist beside the discs.",
        PlanActions.RemovePlaylist => "x Remove playlist: applying the plan (a) removes this playlist the organizer wrote; undo writes it back.",
        PlanActions.Conflict => "! Conflict: the file stays where it is (see why below).",
        _ => "- Skipped: the file stays where it is (see why below).",
    };

    private static char Mark(string action) => action switch
    {
        PlanActions.Move => '→',
        PlanActions.InPlace => '=',
        PlanActions.Playlist => '+',
        PlanActions.RemovePlaylist => 'x',
        PlanActions.Conflict => '!',
        _ => '-',
    };

    private static string Full(string? rootPath, string relative) =>
        rootPath is null ? relative : new RootedPath(rootPath, relative).Absolute;

    // Source and destination share the room; a short one leaves the rest to the other, the destination gets more.
    private static string Pair(string from, string to, int room)
    {
        const string arrow = " → ";
        var both = Math.Max(2, room - arrow.Length);
        if (from.Length + to.Length <= both)
        {
            return from + arrow + to;
        }

        var fromRoom = Math.Clamp(Math.Min(from.Length, both * 2 / 5), 1, both - 1);
        var toRoom = Math.Min(to.Length, both - fromRoom);
        fromRoom = Math.Min(from.Length, both - toRoom);
        return TextFit.Middle(from, fromRoom) + arrow + TextFit.Middle(to, toRoom);
    }

    // A reason at the end of the line, in parentheses: it gets up to its share of the room (a third beside two paths,
    // half beside one), the paths the rest, and the reason whatever shorter paths leave.
    private static string WithReason(int room, int share, string? reason, Func<int, string> paths)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return paths(room);
        }

        var full = $"  ({reason})";
        var reasonRoom = Math.Min(full.Length, Math.Max(12, share));
        var left = paths(Math.Max(4, room - reasonRoom));
        var rest = Math.Max(4, room - left.Length);
        return left + (full.Length <= rest ? full : TextFit.End(full[..^1], rest - 1) + ")");
    }

    // TextFit.Wrap at the room the label leaves: the label on the first line, as many spaces on the rest.
    private static IEnumerable<string> Wrap(string label, string text, int width)
    {
        var indent = new string(' ', label.Length);
        return TextFit.Wrap(text, Math.Max(10, width - label.Length)).Select((line, i) => (i == 0 ? label : indent) + line);
    }
}
