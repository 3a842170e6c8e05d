using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Faults;
using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using RomCurator.Tui.Shell.Panes;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>
/// The Organizer pane asks before an apply in the command line's words: files skipped apart from multi-disc playlists
/// not written or already in place (a playlist line is not a skipped file), on an 80×24 terminal.
/// </summary>
public sealed class OrganizerPromptTests
{
    [Test]
    public async Task The_apply_question_counts_playlists_apart_from_skipped_files_as_the_command_line_does()
    {
        using var fixture = new ScanFixture("""{ "organizer": { "preset": "es-de" } }""");
        var dat = new ClrMameProDat("Sony - PlayStation", "20260101");
        string[] games = ["Saga (USA) (Disc 1)", "Saga (USA) (Disc 2)", "Duo (USA) (Disc 1)", "Duo (USA) (Disc 2)"];
        for (var i = 0; i < games.Length; i++)
        {
            var image = Fixtures.Bytes(6144 + i, 700 + i);
            fixture.Write($"incoming/disc{i}.iso", image);
            dat.Game(games[i], games[i] + ".iso", image);
        }

        // The user's own playlist where Duo's goes: one file no DAT entry matches, and one playlist not written.
        fixture.Write("psx/Duo (USA).m3u", "my own order\n"u8.ToArray());
        var datFile = Path.Combine(fixture.Home, "psx.dat");
        File.WriteAllText(datFile, dat.ToString());
        using var connection = fixture.Open();
        new DatImporter(connection).Import(datFile, null, CancellationToken.None);
        fixture.AddRoot();
        fixture.Scan();
        using var terminal = new HeadlessTerminal(app => new MainWindow(app, connection, fixture.Settings, fixture.AppPaths), 80, 24);
        var window = (MainWindow)terminal.Root;

        terminal.Press(Key.D6);
        var pane = (OrganizerPane)window.Current;
        PaneWaits.Until(terminal, pane.TickPlanning, () => pane.Planned);
        terminal.Press(Key.A);
        var question = window.PromptText;
        var screen = terminal.Screen;
        terminal.Press(Key.N);

        await Assert.That(question).Contains("Move 4 files and write 1 multi-disc playlist as planned (0 conflicts and 1 skipped file stay where they are; " +
                                              "1 multi-disc playlist not written (see the plan for why))?");
        await Assert.That(screen).Contains("Move 4 files and write 1 multi-disc playlist");
        await Assert.That(screen).Contains("plan for why))? (y/n)").Because("at 80 columns the whole question shows, wrapped above the prompt line");
        await Assert.That(File.Exists(Path.Combine(fixture.Library, "incoming/disc0.iso"))).IsTrue().Because("declined: nothing moved");
    }
}
