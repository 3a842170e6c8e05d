using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;
using Terminal.Gui.App;

namespace RomCurator.Tui.Shell;

/// <summary>
/// A slow read a pane shows the result of (the Overview's summary, the DATs' counts): it runs off the main loop in a
/// <see cref="BackgroundJob{TProgress, TResult}"/> on its own connection to <paramref name="database"/> (WAL lets
/// readers run beside the UI's connection), so the pane draws at once with a placeholder and fills in its figures
/// when the read ends. One read at a time: asking again while one runs asks for one more read after it (never a pile
/// of them), and only the newest read's ending is handed to the pane.
/// </summary>
public sealed class BackgroundRead<TResult>(IApplication app, string database)
{
    private readonly BackgroundJob<string, TResult> job = new(app);
    private Request? pending;

    /// <summary>True while a read runs (or one more is waiting to run after it).</summary>
    public bool IsRunning => job.IsRunning;

    /// <summary>
    /// Starts <paramref name="read"/> on a background thread with its own connection, or, when one runs, has it run
    /// once more after that one (with the newest arguments). <paramref name="ended"/> is called on the main loop with
    /// the result, or the one line <paramref name="describe"/> makes of what the read threw.
    /// </summary>
    public void Start(Func<SqliteConnection, TResult> read, Func<Exception, string> describe,
        Action<BackgroundJob<string, TResult>.Ending> ended)
    {
        var request = new Request(read, describe, ended);
        if (job.IsRunning)
        {
            pending = request;
            return;
        }

        Run(request);
    }

    /// <summary>The main-loop timer (tests play it, as the headless clock does not advance); false once nothing runs.</summary>
    internal bool Tick() => job.Tick();

    private void Run(Request request) =>
        job.Start(
            (_, _) =>
            {
                using var connection = DatabaseOpener.Open(database);
                return request.Read(connection);
            },
            request.Describe,
            () => { },
            ending =>
            {
                if (pending is { } next)
                {
                    pending = null;
                    Run(next);
                    return;
                }

                request.Ended(ending);
            });

    private sealed record Request(Func<SqliteConnection, TResult> Read, Func<Exception, string> Describe,
        Action<BackgroundJob<string, TResult>.Ending> Ended);
}
