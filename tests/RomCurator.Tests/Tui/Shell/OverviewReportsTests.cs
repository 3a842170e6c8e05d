using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using RomCurator.Tui.Shell.Panes;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The Overview's report views at 80×24: p the 1G1R report, d the duplicates, o back to the dashboard.</summary>
public sealed class OverviewReportsTests
{
    [Test]
    public async Task P_shows_the_preferred_games_d_the_duplicates_and_o_the_dashboard_again()
    {
        using var library = new ShellLibrary();
        library.Fixture.Write("gb/backup/g0 copy.gb", File.ReadAllBytes(library.GameBoyFile));
        library.Fixture.Scan();

        var dashboard = library.Press(Key.D1).Screen;
        var preferred = library.Press(Key.P).OverviewReported().Screen;
        var duplicates = library.Press(Key.D).OverviewReported().Screen;
        var back = library.Press(Key.O).OverviewCounted().Screen;

        await Assert.That(dashboard).Contains("[1 Overview]");
        await Assert.That(preferred).Contains("1G1R preferences: regions USA, World, Europe, Japan; languages En");
        await Assert.That(preferred).Contains("~Nintendo - Game Boy                            1        1        0        0");
        await Assert.That(preferred).Contains("MISSING");
        await Assert.That(preferred).Contains("preferred games missing");
        await Assert.That(preferred).Contains("Zelda no Densetsu - Kamigami no Triforce (Japan)");
        await Assert.That(duplicates).Contains("Duplicates: 1 contents present more than once, 2 copies");
        await Assert.That(duplicates).Contains("gb/backup/g0 copy.gb");
        await Assert.That(back).Contains("Library    2 roots · 4 files");
        await Assert.That(back).DoesNotContain("1G1R preferences");
        await Assert.That(back).DoesNotContain("Duplicates:");
        await Assert.That(preferred.Split('\n').Max(l => l.TrimEnd().Length)).IsLessThanOrEqualTo(80);
    }

    [Test]
    public async Task The_dashboard_draws_at_once_with_a_placeholder_and_its_figures_follow_from_the_background_and_stay_while_recounted()
    {
        using var library = new ShellLibrary();
        // What a window shows the moment it is made, before the main loop could hand it the read's figures.
        var first = "";
        using var opened = new HeadlessTerminal(app =>
        {
            var window = new MainWindow(app, library.Connection, library.Fixture.Settings, library.Fixture.AppPaths);
            first = ((OverviewPane)window.Current).HeaderText;
            return window;
        });

        var counted = library.OverviewCounted().Screen;
        var again = library.Press(Key.D2).Press(Key.D1).Screen;
        var recounted = library.OverviewCounted().Screen;

        await Assert.That(first).Contains("Library    counting the roots, files, DATs and coverage…");
        await Assert.That(first).DoesNotContain("2 roots");
        await Assert.That(counted).Contains("Library    2 roots · 3 files");
        await Assert.That(counted).Contains("Nintendo - Game Boy");
        await Assert.That(counted).DoesNotContain("counting");
        await Assert.That(again).Contains("Library    2 roots · 3 files · 8.1 KiB  (refreshing…)");
        await Assert.That(again).Contains("Nintendo - Game Boy");
        await Assert.That(again).DoesNotContain("counting the roots");
        await Assert.That(recounted).Contains("Library    2 roots · 3 files");
        await Assert.That(recounted).DoesNotContain("refreshing");
    }

    [Test]
    public async Task P_and_d_draw_at_once_and_their_reports_follow_from_the_background()
    {
        using var library = new ShellLibrary();
        library.OverviewCounted();

        var preferring = library.Press(Key.P).Screen;
        var pane = (OverviewPane)library.Window.Current;
        var preferredYet = pane.ReportShown;
        var preferred = library.OverviewReported().Screen;
        var looking = library.Press(Key.D).Screen;
        var duplicates = library.OverviewReported().Screen;

        await Assert.That(preferring).Contains("1G1R: counting the preferred games");
        await Assert.That(preferredYet).IsFalse();
        await Assert.That(preferred).Contains("1G1R preferences: regions USA");
        await Assert.That(preferred).DoesNotContain("counting");
        await Assert.That(looking).Contains("Duplicates: looking for contents present more than once…");
        await Assert.That(duplicates).Contains("no content is present more than once");
        await Assert.That(duplicates).DoesNotContain("looking for");
    }
}
