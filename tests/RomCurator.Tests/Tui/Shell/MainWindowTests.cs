using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

public sealed class MainWindowTests
{
    [Test]
    public async Task Panes_switch_by_number_and_the_status_bar_shows_their_keys()
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        using var terminal = new HeadlessTerminal(app => new MainWindow(app, connection, fixture.Settings));

        var overview = terminal.Screen;
        var roots = terminal.Press(Key.D2).Screen;
        var review = terminal.Press(Key.D5).ReviewShown().Screen;

        await Assert.That(overview).Contains("Library");
        await Assert.That(overview).Contains("[1 Overview]");
        await Assert.That(roots).Contains("PLATFORM");
        await Assert.That(review).Contains("[5 Review]");
        await Assert.That(review).Contains("a Accept");
        await Assert.That(review).Contains("Zelda (Japan).sfc");
    }

    [Test]
    public async Task One_keystroke_decides_and_u_undoes()
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        using var terminal = new HeadlessTerminal(app => new MainWindow(app, connection, fixture.Settings));
        terminal.Press(Key.D5).ReviewShown();
        var open = Sql.Scalar<long>(connection, "SELECT count(*) FROM ingestion_candidate WHERE processed = 0");

        var afterAccept = terminal.Press(Key.A).Screen;
        var accepted = Sql.Scalar<long>(connection, "SELECT count(*) FROM ingestion_candidate WHERE decision = 'accepted'");
        terminal.Press(Key.U);

        await Assert.That(open).IsGreaterThan(0L);
        await Assert.That(accepted).IsEqualTo(1L);
        await Assert.That(afterAccept).Contains("linked to");
        await Assert.That(Sql.Scalar<long>(connection, "SELECT count(*) FROM ingestion_candidate WHERE processed = 0")).IsEqualTo(open);
    }

    [Test]
    public async Task Enter_shows_the_files_details_and_n_filters_to_the_last_run()
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        using var terminal = new HeadlessTerminal(app => new MainWindow(app, connection, fixture.Settings));
        terminal.Press(Key.D5).ReviewShown();

        var details = terminal.Press(Key.Enter).Screen;
        var closed = terminal.Press(Key.Esc).Screen;
        var latest = terminal.Press(Key.N).ReviewShown().Screen;

        await Assert.That(details).Contains("Suggestions:");
        await Assert.That(details).Contains("SHA-1");
        await Assert.That(details).Contains("Zelda no Densetsu - Kamigami no Triforce (Japan)");
        await Assert.That(closed).DoesNotContain("Suggestions:");
        await Assert.That(latest).Contains("[new from the last run]");
        await Assert.That(latest).Contains("Zelda (Japan).sfc");
    }

    [Test]
    public async Task Question_mark_lists_every_key_and_escape_closes_it()
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        using var terminal = new HeadlessTerminal(app => new MainWindow(app, connection, fixture.Settings));
        terminal.Press(Key.D5);

        var help = terminal.Press((Key)'?').Screen;
        var closed = terminal.Press(Key.Esc).Screen;

        await Assert.That(help).Contains("undo the last decision");
        await Assert.That(help).Contains("quit");
        await Assert.That(closed).DoesNotContain("undo the last decision");
    }

    [Test]
    public async Task The_scan_pane_runs_a_scan_and_shows_its_summary()
    {
        using var fixture = Library();
        fixture.Write("new/Another (USA).sfc", Fixtures.Bytes(128, 9));
        using var connection = fixture.Open();
        using var terminal = new HeadlessTerminal(app => new MainWindow(app, connection, fixture.Settings));
        var window = (MainWindow)terminal.Root;

        terminal.Press(Key.D4, Key.Enter);
        var pane = (RomCurator.Tui.Shell.Panes.ScanPane)window.Current;
        // The headless harness does not advance the main loop's clock: play the pane's 200 ms timer by hand.
        Wait.Eventually(() =>
        {
            pane.Tick();
            terminal.Press();
        }, () => pane.LastSummary is not null);

        await Assert.That(pane.LastSummary).IsNotNull().Because(terminal.Screen);
        await Assert.That(pane.LastSummary!.FilesNew).IsEqualTo(1L);
        await Assert.That(pane.StatusText).Contains("completed");
        await Assert.That(terminal.Screen).Contains("[4 Scan]");
    }

    private static ScanFixture Library()
    {
        var fixture = new ScanFixture();
        var dat = Path.Combine(fixture.Home, "snes.dat");
        File.WriteAllText(dat, """
            clrmamepro ( name "Nintendo - Super Nintendo Entertainment System" version "1" )
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 1 crc 00000003 ) )
            game ( name "Zelda no Densetsu (Japan) (Beta)" rom ( name "d.sfc" size 1 crc 00000004 ) )
            """);
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        fixture.Write("Zelda (Japan).sfc", Fixtures.Bytes(64, 3));
        fixture.AddRoot(platform: "snes");
        fixture.Scan();
        return fixture;
    }
}
