using RomCurator.Tests.Support;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

public sealed class RootsPaneTests
{
    [Test]
    public async Task A_root_is_added_checked_paused_and_removed_by_keyboard()
    {
        using var library = new ShellLibrary();
        var nes = Directory.CreateDirectory(Path.Combine(library.Fixture.Home, "nes")).FullName;
        library.Press(Key.D2);

        library.Press(Key.A).Answer(Path.Combine(library.Fixture.Home, "nowhere"));
        var missing = string.Join(" ", library.Window.PopupLines);
        library.Press(Key.Esc, Key.A).Answer(Path.Combine(library.Fixture.Library, "snes", "inner"));
        var inside = string.Join(" ", library.Window.PopupLines);
        library.Press(Key.Esc);
        library.Press(Key.A).Answer(nes).Answer("nes");
        var added = library.Window.PromptText;
        var screen = library.Screen;
        var roots = Sql.Column(library.Connection, "SELECT name FROM library_root ORDER BY name");

        library.Press(Key.G, Key.J);   // gb, nes, snes: the second row
        library.Press(Key.T);
        var paused = Sql.Scalar<long>(library.Connection, "SELECT is_active FROM library_root WHERE name = 'nes'");
        library.Press(Key.X, Key.N);
        var kept = Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM library_root WHERE removed_at IS NULL");
        library.Press(Key.X, Key.Y);

        await Assert.That(missing).Contains("does not exist");
        await Assert.That(inside).Contains("Not added");
        await Assert.That(added).Contains("added root 'nes'");
        await Assert.That(screen).Contains("Nintendo - Nintendo");
        await Assert.That(roots).IsEquivalentTo(new[] { "gb", "nes", "snes" });
        await Assert.That(paused).IsEqualTo(0L);
        await Assert.That(kept).IsEqualTo(3L);
        await Assert.That(Sql.Scalar<long>(library.Connection, "SELECT count(*) FROM library_root WHERE removed_at IS NOT NULL")).IsEqualTo(1L);
        await Assert.That(library.Screen).DoesNotContain("paused");
        await Assert.That(Directory.Exists(nes)).IsTrue();
    }

    [Test]
    public async Task The_platform_hint_is_edited_and_a_bad_one_is_refused()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D2, Key.G);   // gb

        library.Press(Key.E).Answer("gameboy 9000");
        var refused = string.Join(" ", library.Window.PopupLines);
        library.Answer("gb");

        await Assert.That(refused).Contains("unknown platform");
        await Assert.That(library.Window.PromptText).Contains("'gb' platform hint: Nintendo - Game Boy");
        await Assert.That(Sql.Scalar<string>(library.Connection, "SELECT p.name FROM library_root r JOIN platform p USING (platform_id) WHERE r.name = 'gb'"))
            .IsEqualTo("Nintendo - Game Boy");
    }

    [Test]
    public async Task S_scans_the_selected_root_in_the_scan_pane()
    {
        using var library = new ShellLibrary();
        library.Press(Key.D2, Key.G, Key.S);
        var scan = (RomCurator.Tui.Shell.Panes.ScanPane)library.Window.Current;

        library.Until(scan.Tick, () => !scan.IsRunning);

        await Assert.That(scan.LastSummary!.Roots).IsEquivalentTo(new[] { "gb" });
    }

    [Test]
    public async Task A_wide_terminal_gives_the_platform_its_full_name_and_shows_the_path()
    {
        using var narrow = new ShellLibrary();
        using var wide = new ShellLibrary(160, 30);

        var narrowRow = narrow.Press(Key.D2).Screen.Split('\n').Single(l => l.Contains("│snes "));
        var wideRow = wide.Press(Key.D2).Screen.Split('\n').Single(l => l.Contains("│snes "));

        await Assert.That(narrowRow).Contains("Nintendo - Super Nin…");
        await Assert.That(wideRow).Contains("Nintendo - Super Nintendo Entertainment System");
        await Assert.That(wideRow).Contains("/snes");
        await Assert.That(wide.Screen).Contains("PATH");
    }
}
