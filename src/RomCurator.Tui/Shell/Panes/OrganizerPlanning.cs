using RomCurator.Core.Configuration;
using RomCurator.Core.Library;
using RomCurator.Core.Organizer;
using RomCurator.Core.Storage;
using Terminal.Gui.App;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// Makes the Organizer pane's plan off the main loop (seconds on a library of 200,000 files), on a connection of its
/// own that the plan's table then lives on, counting the files planned so far as it goes. One plan at a time: asking
/// again while one is made stops it and makes one more after it (with the newest settings); only the newest plan is
/// handed to the pane.
/// </summary>
public sealed class OrganizerPlanning(IApplication app)
{
    private const int ReportEvery = 1000;
    private readonly BackgroundJob<Planned, MadePlan> job = new(app);
    private Action? pending;

    /// <summary>True while a plan is being made (or one more waits to be made after it).</summary>
    public bool IsRunning => job.IsRunning;

    /// <summary>How many files the plan being made has decided so far.</summary>
    public int FilesSoFar => job.Latest?.Files ?? 0;

    /// <summary>
    /// Makes the plan of the library in <paramref name="database"/>; <paramref name="tick"/> runs on the main loop five
    /// times a second while it is made, <paramref name="ended"/> once with the plan or the line saying why there is none.
    /// </summary>
    public void Start(string database, OrganizerSettings settings, OneGameOneRomSettings oneGameOneRom, Action tick,
        Action<BackgroundJob<Planned, MadePlan>.Ending> ended)
    {
        if (job.IsRunning)
        {
            pending = () => Start(database, settings, oneGameOneRom, tick, ended);
            job.Cancel();
            return;
        }

        job.Start((token, progress) => Make(database, settings, oneGameOneRom, token, progress),
            error => error is OperationCanceledException ? "planning stopped" : "No plan: " + error.Message,
            tick,
            ending =>
            {
                if (pending is { } next)
                {
                    ending.Result?.Dispose();
                    pending = null;
                    next();
                    return;
                }

                ended(ending);
            });
    }

    /// <summary>The main-loop timer (tests play it, as the headless clock does not advance).</summary>
    internal bool Tick() => job.Tick();

    private static MadePlan Make(string database, OrganizerSettings settings, OneGameOneRomSettings oneGameOneRom,
        CancellationToken token, IProgress<Planned> progress)
    {
        var connection = DatabaseOpener.Open(database);
        try
        {
            var service = new FileOrganizerService(connection, settings, oneGameOneRom);
            var rootPaths = new LibraryRootStore(connection).List(includeInactive: true)
                .GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Path, StringComparer.Ordinal);
            var fingerprint = new PlanFingerprint();
            var files = 0;
            var lines = service.Stream(null, token).Select(line =>
            {
                if (++files % ReportEvery == 0)
                {
                    progress.Report(new Planned(files));
                }

                return fingerprint.Add(line);
            });
            var table = PlanTable.Fill(connection, service.Template, lines);
            token.ThrowIfCancellationRequested();
            // Remembered by number: a applies exactly this plan, or says the library changed since it was shown.
            var planId = service.Remember(null, table.Template, fingerprint, table.Counts).PlanId;
            return new MadePlan(table, connection, rootPaths, planId, service.RecoveryDue());
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>How far the plan being made is.</summary>
    public sealed record Planned(int Files);
}
