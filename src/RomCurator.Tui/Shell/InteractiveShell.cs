using RomCurator.Core.Organizer;
using RomCurator.Tui.Cli;
using Terminal.Gui.App;

namespace RomCurator.Tui.Shell;

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

        // A bad value in the config file does not keep the interface closed: its default applies and the problem is shown.
        var settings = context.LenientSettings();
        using var connection = context.OpenDatabase();
        // Settle moves an interrupted organizer left half-done before showing anything.
        new OrganizerRecovery(connection).Reconcile();

        using IApplication app = Application.Create().Init();
        using var window = new MainWindow(app, connection, settings, context.AppPaths);
        app.Run(window);
        return ExitCodes.Ok;
    }
}
