using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using Terminal.Gui.App;

namespace RomCurator.Tui.Shell;

/// <summary>
/// What every pane is built with: the application (timers), the database, the settings in effect (replaced when the
/// Settings pane saves a change) and the main window.
/// </summary>
public sealed class PaneContext(IApplication app, SqliteConnection connection, LoadedSettings settings, IShellHost host)
{
    public IApplication App { get; } = app;

    public SqliteConnection Connection { get; } = connection;

    public LoadedSettings Settings { get; set; } = settings;

    public IShellHost Host { get; } = host;
}
