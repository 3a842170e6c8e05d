using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using Terminal.Gui.App;

namespace RomCurator.Tui.Shell;

/// <summary>
/// What every pane is built with: the application (timers), the database, the settings in effect (replaced when the
/// Settings pane saves a change) and the main window.
/// </summary>
public sealed class PaneContext(IApplication app, SqliteConnection connection, LoadedSettings settings, AppPaths appPaths, IShellHost host)
{
    public IApplication App { get; } = app;

    public SqliteConnection Connection { get; } = connection;

    public LoadedSettings Settings { get; set; } = settings;

    /// <summary>Where the settings came from (to reload them the same way after a change).</summary>
    public AppPaths AppPaths { get; } = appPaths;

    public IShellHost Host { get; } = host;
}
