using RomCurator.Tui.Cli;
using RomCurator.Tui.Shell;
using Terminal.Gui.App;

namespace RomCurator.Tui;

/// <summary>Starts the full-screen interface when romcurator runs with no verb.</summary>
public static class InteractiveShell
{
    public static int Run(VerbContext context)
    {
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            context.Error.WriteLine("romcurator: the full-screen interface needs a terminal; use a verb instead (see romcurator --help).");
            return ExitCodes.Usage;
        }

        // Moves an interrupted organizer left pending are settled by the next apply, undo or scan (with the job lock
        // held), never by opening the interface: looking touches no file. The Organizer pane says when they are due.
        // A bad value in the config file does not keep the interface closed: its default applies and the problem is shown.
        var settings = context.LenientSettings();
        using var connection = context.OpenDatabase();

        ThreadPoolFloor.Raise();
        using IApplication app = Application.Create().Init();
        using var window = new MainWindow(app, connection, settings, context.AppPaths);
        app.Run(window);
        return ExitCodes.Ok;
    }
}
