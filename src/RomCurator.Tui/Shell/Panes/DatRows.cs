using RomCurator.Core.Dats.Catalog;
using RomCurator.Core.Dats.Import;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>The DATs pane's lines, as pure functions of the imported DATs and of import summaries.</summary>
public static class DatRows
{
    public static string Header => $"{"NAME",-28} {"VERSION",-10} {"PLATFORM",-17} {"ENTRIES",7} {"HAVE",5} {"MISS",5}";

    public static string Row(ImportedDat dat) =>
        $"{TextFit.End(dat.Name, 28),-28} {TextFit.End(dat.Version ?? "-", 10),-10} {TextFit.End(dat.Platform ?? "-", 17),-17} " +
        $"{dat.Entries,7:N0} {Percent(dat.GamesHave, dat.Games),5} {Percent(dat.GamesMissing, dat.Games),5}";

    /// <summary>
    /// The detail strip under the list: the selected DAT's full name (with its version), then its facts, what the
    /// library has first (in 80 columns the line is cut at its end, where the format and the import date are).
    /// </summary>
    public static string Note(ImportedDat dat) =>
        $"{dat.Name}{(dat.Version is { Length: > 0 } version ? $" (version {version})" : "")}\n" +
        $"{Units.Count(dat.Games, "game")}: {dat.GamesHave:N0} complete, {dat.GamesPartial:N0} partial, {dat.GamesMissing:N0} missing · " +
        $"{dat.Format}, imported {dat.ImportedAt}";

    /// <summary>One finished DAT of an import, for the progress lines.</summary>
    public static string Done(DatImportSummary summary) => summary.Status switch
    {
        "completed" when summary.Unchanged => $"{summary.File}: '{summary.DatName}' unchanged",
        "completed" => $"{summary.File}: '{summary.DatName}' → {summary.Platform}: {Units.Count(summary.Games, "game")}" +
                       (summary.ProblemCount > 0 ? $", {Units.Count(summary.ProblemCount, "problem")}" : ""),
        _ => $"{summary.File}: {summary.Status}: {summary.Error}",
    };

    /// <summary>What an import did, in one line for the prompt line.</summary>
    public static string Outcome(IReadOnlyList<DatImportSummary> summaries, bool cancelled)
    {
        var failed = summaries.Count(s => s.Status == "failed");
        var problems = summaries.Sum(s => s.ProblemCount);
        var first = summaries.FirstOrDefault(s => s.Status == "failed");
        return (cancelled ? "Import cancelled: " : "Imported: ") + $"{summaries.Count - failed} of {summaries.Count} {Units.Plural(summaries.Count, "DAT")}" +
               (problems > 0 ? $", {problems:N0} {Units.Plural(problems, "problem")} (Logs pane: each run's summary)" : "") +
               (first is null ? "" : $"; {failed} failed, first: {first.File}: {first.Error}");
    }

    private static string Percent(long part, long whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0}%";
}
