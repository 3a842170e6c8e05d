using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Storage;

namespace RomCurator.Tui.Cli;

/// <summary>What a verb handler gets: its arguments, the output streams, settings and the database on demand.</summary>
public sealed class VerbContext(
    Invocation invocation,
    AppPaths appPaths,
    TextWriter output,
    TextWriter error,
    CancellationToken cancellation,
    PromptInput? input = null)
{
    private LoadedSettings? settings;

    public GlobalOptions Global => invocation.Global;

    public ParsedArguments Args => invocation.Arguments;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Where answers to confirmation prompts are read (the console unless a test says otherwise).</summary>
    public PromptInput Input { get; } = input ?? PromptInput.FromConsole();

    public AppPaths AppPaths { get; } = appPaths;

    /// <summary>The effective settings; loading them may throw <see cref="ConfigurationException"/>.</summary>
    public LoadedSettings Settings => settings ??= new SettingsLoader(AppPaths).Load(Global.ConfigPath, Global.DatabasePath);

    /// <summary>
    /// The settings with every bad value of the config file replaced by its default (<see cref="LoadedSettings.Problem"/>
    /// says which): the full-screen interface opens with them, shows the problem and lets the curator fix it.
    /// </summary>
    public LoadedSettings LenientSettings() =>
        settings ??= new SettingsLoader(AppPaths).LoadLenient(Global.ConfigPath, Global.DatabasePath);

    /// <summary>Opens and migrates the database named by the settings.</summary>
    public SqliteConnection OpenDatabase() => DatabaseOpener.OpenAndMigrate(Settings.Paths.Database);

    public void WriteJson<T>(T value, JsonTypeInfo<T> typeInfo) => Out.WriteLine(JsonSerializer.Serialize(value, typeInfo));
}
