using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Scans;
using RomCurator.Core.Library;
using RomCurator.Core.Pipeline;
using RomCurator.Core.Storage;

namespace RomCurator.Tests.Support;

/// <summary>
/// A temp home (XDG folders inside it) with a database and a library folder to fill with real files; runs real
/// scans through <see cref="IngestionJob"/>.
/// </summary>
public sealed class ScanFixture : IDisposable
{
    private readonly TempDirectory home = new();

    public ScanFixture(string? userConfigJson = null)
    {
        Library = Path.Combine(home.Path, "library");
        Directory.CreateDirectory(Library);
        if (userConfigJson is not null)
        {
            home.Write("config/romcurator/config.json", userConfigJson);
        }

        AppPaths = new AppPaths(name => name switch
        {
            "HOME" => home.Path,
            "XDG_DATA_HOME" => home.File("data"),
            "XDG_CONFIG_HOME" => home.File("config"),
            _ => null,
        });
        Settings = new SettingsLoader(AppPaths).Load();
    }

    public static readonly DateTime FixedTime = new(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    public string Home => home.Path;

    public string Library { get; }

    public AppPaths AppPaths { get; }

    public LoadedSettings Settings { get; }

    public string Write(string relativePath, byte[] content)
    {
        var full = Path.Combine(Library, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        // A fixed time makes two fixtures with the same files comparable row for row.
        File.SetLastWriteTimeUtc(full, FixedTime);
        return full;
    }

    public string Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public LibraryRoot AddRoot(string? path = null, string? name = null, string? platform = null)
    {
        using var connection = Open();
        return new LibraryRootStore(connection).Add(path ?? Library, name, platform);
    }

    public ScanSummary Scan(string? rootName = null, CancellationToken cancellation = default) =>
        new IngestionJob(new ScanRequest(Settings, rootName)).Run(cancellation);

    public SqliteConnection Open() => DatabaseOpener.OpenAndMigrate(Settings.Paths.Database);

    public T Scalar<T>(string sql)
    {
        using var connection = Open();
        return Sql.Scalar<T>(connection, sql);
    }

    public List<string> Column(string sql)
    {
        using var connection = Open();
        return Sql.Column(connection, sql);
    }

    public void Dispose() => home.Dispose();
}
