using RomCurator.Core.Configuration;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>Ctrl+C or SIGTERM (a cancelled token) stops the long phases with exit 3: match, and scan (whose last phase matches).</summary>
public sealed class LongPhaseCancellationTests
{
    [Test]
    public async Task A_cancelled_match_exits_3_and_its_run_is_recorded_cancelled()
    {
        using var home = new TempDirectory();
        OrganizeVerbTests.Library(home, 2);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var match = new CliApp(Paths(home), new StringWriter(), new StringWriter()).Run(["match"], cancelled.Token);

        await Assert.That(match).IsEqualTo(ExitCodes.Cancelled);
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Scalar<string>(connection, """
            SELECT l.status FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id
            WHERE s.name = 'matching' ORDER BY l.log_id DESC LIMIT 1
            """)).IsEqualTo("cancelled");
    }

    private static AppPaths Paths(TempDirectory home) => new(name => name switch
    {
        "HOME" => home.Path,
        "XDG_DATA_HOME" => home.File("data"),
        "XDG_CONFIG_HOME" => home.File("config"),
        _ => null,
    });
}
