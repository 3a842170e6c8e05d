namespace RomCurator.Core.Organizer;

/// <summary>
/// Holds back the plan's lines from the first file of a loose cue sheet's set (<see cref="CueSheets"/>: the sheet and
/// the files it names, placed by one release) until the whole set has been decided, so that when one of them cannot
/// move (a conflict, a link, a destination outside the root, another copy preferred...) none of them moves: the files
/// that would have moved become skips (<see cref="SkipReason.HeldByCueSheet"/>). With <c>organizer.duplicates</c> = move,
/// a set goes to the duplicates folder only as a whole: when some of its files are extra copies of content kept elsewhere
/// and others are not, none of them moves (<see cref="SkipReason.PartlyDuplicateCueSet"/>). Lines come out in the order they went
/// in. Only the lines between a set's first and last file are held (a set lives in one folder).
/// </summary>
public sealed class CueSheetLines(CueSheets sheets)
{
    private readonly List<(PlannedMove Line, string RootPath, IReadOnlyList<(long RootId, string Sheet)> Sheets)> held = [];
    private readonly Dictionary<(long RootId, string Sheet), int> seen = [];
    private readonly HashSet<(long RootId, string Sheet)> broken = [];
    private readonly Dictionary<(long RootId, string Sheet), int> extraCopies = [];

    /// <summary>
    /// Takes the line of the file at <paramref name="relativePath"/> in the root at <paramref name="rootPath"/>; returns
    /// the lines (with their root's path) that may go out now, in order.
    /// </summary>
    public IEnumerable<(PlannedMove Line, string RootPath)> Add(PlannedMove line, long rootId, string rootPath, string relativePath)
    {
        var of = sheets.SheetsOf(rootId, relativePath);
        if (of.Count == 0 && held.Count == 0)
        {
            return [(line, rootPath)];
        }

        foreach (var sheet in of)
        {
            seen[sheet] = seen.GetValueOrDefault(sheet) + 1;
            if (line.Action is not (PlanActions.Move or PlanActions.InPlace))
            {
                broken.Add(sheet);
            }
            else if (DuplicateLayout.IsExtraCopy(line))
            {
                extraCopies[sheet] = extraCopies.GetValueOrDefault(sheet) + 1;
            }
        }

        held.Add((line, rootPath, of));
        return seen.Any(sheet => sheet.Value < sheets.Size(sheet.Key)) ? [] : Release();
    }

    /// <summary>Whatever is still held at the end of the plan (a set some file of which never came: none of it moves).</summary>
    public IEnumerable<(PlannedMove Line, string RootPath)> Rest()
    {
        foreach (var sheet in seen.Where(sheet => sheet.Value < sheets.Size(sheet.Key)))
        {
            broken.Add(sheet.Key);
        }

        return Release();
    }

    private List<(PlannedMove Line, string RootPath)> Release()
    {
        var partlyExtra = extraCopies.Where(sheet => !broken.Contains(sheet.Key) && sheet.Value < sheets.Size(sheet.Key)).Select(sheet => sheet.Key).ToHashSet();
        var lines = held.Select(item => (item.Line.Action != PlanActions.Move ? item.Line
            : item.Sheets.FirstOrDefault(broken.Contains) is { Sheet: { } sheet } ? Held(item.Line, SkipReason.HeldByCueSheet, sheet)
            : item.Sheets.FirstOrDefault(partlyExtra.Contains) is { Sheet: { } partly } ? Held(item.Line, SkipReason.PartlyDuplicateCueSet, partly)
            : item.Line, item.RootPath)).ToList();
        held.Clear();
        seen.Clear();
        broken.Clear();
        extraCopies.Clear();
        return lines;
    }

    private static PlannedMove Held(PlannedMove line, SkipReason reason, string sheet) =>
        line with { To = null, Action = PlanActions.Skip, Reason = SkipReasons.Text(reason, sheet) };
}
