using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using RomCurator.Tui.Shell.Panes;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>
/// Waits for a pane's background read (the Overview's summary, the DATs' counts, the Organizer's plan) to end and its figures to show: the
/// headless clock does not advance, so the read's main-loop timer is played by hand until the pane says it is done.
/// </summary>
public static class PaneWaits
{
    /// <summary>Plays <paramref name="tick"/> until <paramref name="done"/> (gives up after <see cref="Wait.HangGuard"/>), then redraws the screen.</summary>
    public static void Until(HeadlessTerminal terminal, Func<bool> tick, Func<bool> done)
    {
        Wait.Eventually(() => tick(), done);
        terminal.App.LayoutAndDraw(true);
    }

    /// <summary>The Overview (the current pane) once its summary shows.</summary>
    public static HeadlessTerminal OverviewCounted(this HeadlessTerminal terminal)
    {
        var overview = (OverviewPane)((MainWindow)terminal.Root).Current;
        Until(terminal, overview.Tick, () => overview.Counted);
        return terminal;
    }

    /// <summary>The DATs pane (the current pane) once its list shows.</summary>
    public static ShellLibrary DatsCounted(this ShellLibrary library)
    {
        var dats = (DatsPane)library.Window.Current;
        Until(library.Terminal, dats.TickCounts, () => dats.Counted);
        return library;
    }

    /// <summary>The Overview (the current pane) once its summary shows.</summary>
    public static ShellLibrary OverviewCounted(this ShellLibrary library)
    {
        library.Terminal.OverviewCounted();
        return library;
    }

    /// <summary>The Organizer (the current pane) once its plan shows.</summary>
    public static ShellLibrary OrganizerPlanned(this ShellLibrary library)
    {
        var organizer = (OrganizerPane)library.Window.Current;
        Until(library.Terminal, organizer.TickPlanning, () => organizer.Planned);
        return library;
    }

    /// <summary>The Overview (the current pane) once the report asked for (p, d) shows.</summary>
    public static ShellLibrary OverviewReported(this ShellLibrary library)
    {
        var overview = (OverviewPane)library.Window.Current;
        Until(library.Terminal, overview.TickReport, () => overview.ReportShown);
        return library;
    }

    /// <summary>The Validate pane (the current pane) once its page shows.</summary>
    public static ShellLibrary ValidateShown(this ShellLibrary library)
    {
        var validate = (ValidatePane)library.Window.Current;
        Until(library.Terminal, validate.Tick, () => validate.Shown);
        return library;
    }

    /// <summary>The Review pane (the current pane) once the page asked for last shows.</summary>
    public static HeadlessTerminal ReviewShown(this HeadlessTerminal terminal)
    {
        var review = (ReviewPane)((MainWindow)terminal.Root).Current;
        Until(terminal, review.Tick, () => review.Shown);
        return terminal;
    }

    /// <summary>The Review pane (the current pane) once the page asked for last shows.</summary>
    public static ShellLibrary ReviewShown(this ShellLibrary library)
    {
        library.Terminal.ReviewShown();
        return library;
    }
}
