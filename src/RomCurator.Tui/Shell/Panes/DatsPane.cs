using System.Collections.Concurrent;
using RomCurator.Core.Dats.Catalog;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;
using RomCurator.Tui.Presentation;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The imported DATs: name, version, platform, entries, and the share of their games the library has complete and
/// lacks entirely. i imports a file, a zip or a folder by its path (in the background, one line per DAT as it is
/// done; c cancels); x removes the selected DAT and its links (asks first; no file is touched).
/// </summary>
public sealed class DatsPane(PaneContext context) : ListPane("DATs")
{
    private const int ShownDone = 6;
    private IReadOnlyList<ImportedDat> dats = [];
    // The import's result is the line saying why nothing was imported, or null; every DAT done is queued, not a snapshot.
    private readonly BackgroundJob<DatImportSummary, string?> job = new(context.App);
    private readonly BackgroundRead<IReadOnlyList<ImportedDat>> counts = new(context.App, context.Connection.DataSource);
    private readonly ConcurrentQueue<DatImportSummary> finished = new();
    private readonly List<DatImportSummary> done = [];
    private string importing = "";
    // Whether dats holds the figures of a finished count (shown, marked, while they are counted again).
    private bool counted;

    public bool IsRunning => job.IsRunning;

    public override string? Busy => job.IsRunning ? "A DAT import" : null;

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.I], "i", "import a DAT file, a zip of DATs or a folder of them (asks for the path)", AskImport),
        new([Key.X, Key.Delete], "x", "remove the selected DAT and the links of files to it (asks first; no file is touched)", AskRemove),
        new([Key.C], "c", "cancel the import after the current DAT", Cancel),
    ];

    public override void Refresh()
    {
        if (job.IsRunning)
        {
            ShowProgress();
            return;
        }

        // Drawn at once: the share of every DAT's games the library has is counted in the background (seconds for
        // a million entries); the figures of the last count stay, marked, while they are counted again.
        Counted = false;
        if (counted)
        {
            Show(Refreshing + "\n" + DatRows.Header, [.. dats.Select(DatRows.Row)]);
        }
        else
        {
            Show("Counting the imported DATs and what the library has of them…", []);
        }

        counts.Start(
            connection => new DatCatalog(connection).List(),
            error => ReadFailure.Line("DATs not counted", error),
            ShowDats);
    }

    /// <summary>The line above the last count's figures while they are counted again.</summary>
    public const string Refreshing = "Counting again (the figures below are from the last count)…";

    /// <summary>True once the list shows the DATs (or the line saying why they could not be counted).</summary>
    internal bool Counted { get; private set; }

    /// <summary>Plays the counts' main-loop timer (tests; the headless clock does not advance).</summary>
    internal bool TickCounts() => counts.Tick();

    private void ShowDats(BackgroundJob<string, IReadOnlyList<ImportedDat>>.Ending ending)
    {
        if (job.IsRunning)
        {
            return;
        }

        Counted = true;
        if (ending.Result is not { } listed)
        {
            counted = false;
            dats = [];
            Show(ending.Failure ?? "DATs not counted.", []);
            return;
        }

        counted = true;
        dats = listed;
        Show(dats.Count == 0 ? "No DATs imported. i imports a DAT file, a zip or a folder of DATs." : DatRows.Header,
            [.. dats.Select(DatRows.Row)]);
    }

    protected override string Describe(int row) => !job.IsRunning && counted && row < dats.Count ? DatRows.Note(dats[row]) : "";

    /// <summary>Shows the DATs imported so far; false (the timer stops) once the import has ended.</summary>
    internal bool Tick() => job.Tick();

    private void TakeFinished()
    {
        while (finished.TryDequeue(out var summary))
        {
            done.Add(summary);
        }
    }

    private void Ended(BackgroundJob<DatImportSummary, string?>.Ending ending)
    {
        TakeFinished();
        context.Host.Say(ending.Failure ?? ending.Result ?? DatRows.Outcome(done, ending.Cancelled));
        Refresh();
    }

    private void AskImport()
    {
        if (job.IsRunning)
        {
            context.Host.Say("An import is going; c cancels it.");
            return;
        }

        context.Host.Ask("Import DATs from (a .dat/.xml/.smdb file, a .zip or a folder):", "", answer =>
        {
            var path = answer.Trim();
            path = path.StartsWith('~') ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path[1..] : path;
            if (path.Length == 0 || (!File.Exists(path) && !Directory.Exists(path)))
            {
                context.Host.Say($"Not imported: '{answer.Trim()}' is neither a file nor a folder.");
                return;
            }

            Start(Path.GetFullPath(path));
        }, new Prompting.PathCompleter(foldersOnly: false));
    }

    private void Start(string path)
    {
        importing = path;
        done.Clear();
        var database = context.Settings.Paths.Database;
        ShowProgress();
        job.Start(
            (token, _) =>
            {
                // Its own connection: a SQLite connection belongs to one thread.
                using var connection = DatabaseOpener.OpenAndMigrate(database);
                var importer = new DatImporter(connection);
                var files = Directory.Exists(path) ? DatFolder.Files(path) : [path];
                foreach (var file in files)
                {
                    foreach (var summary in importer.ImportEach(file, null, token))
                    {
                        finished.Enqueue(Directory.Exists(path) ? summary with { File = Path.GetRelativePath(path, file) + Member(summary.File) } : summary);
                    }

                    if (token.IsCancellationRequested)
                    {
                        break;
                    }
                }

                return files.Count == 0 ? $"Not imported: no DAT files ({string.Join(", ", DatFolder.Extensions)}) in {path} or below." : null;
            },
            error => "Import failed: " + (error is JobBusyException ? error.Message : $"{error.GetType().Name}: {error.Message}"),
            () =>
            {
                TakeFinished();
                ShowProgress();
            },
            Ended);
    }

    private static string Member(string source) => source.IndexOf('#') is var hash and >= 0 ? source[hash..] : "";

    private void ShowProgress() =>
        Show($"Importing {TextFit.End(importing, 60)}: {done.Count} {Units.Plural(done.Count, "DAT")} done. c cancels after the current DAT.",
            [.. done.TakeLast(ShownDone).Select(DatRows.Done)]);

    private void Cancel()
    {
        if (!job.Cancel())
        {
            context.Host.Say("No DAT import is going.");
            return;
        }

        context.Host.Say("Cancelling after the current DAT…");
    }

    private void AskRemove()
    {
        if (job.IsRunning || Selected < 0 || Selected >= dats.Count)
        {
            return;
        }

        if (!Counted)
        {
            context.Host.Say("The DATs are being counted again: x works once the list is up to date.");
            return;
        }

        var dat = dats[Selected];
        context.Host.Confirm($"Remove DAT '{TextFit.End(dat.Name, 40)}' ({Units.Count(dat.Entries, "entry", "entries")}) and the links of files to it? No file is touched.", () =>
        {
            try
            {
                var removal = new DatRemover(context.Connection).Remove(dat.Name);
                context.Host.Say($"Removed '{removal.Name}': {Units.Count(removal.Entries, "entry", "entries")}, {Units.Count(removal.Links, "file link")}; no file was touched.");
            }
            catch (JobBusyException busy)
            {
                context.Host.Say("Not removed: " + busy.Message);
            }

            Refresh();
        });
    }
}
