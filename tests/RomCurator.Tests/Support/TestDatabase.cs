using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Tests.Support;

/// <summary>A real, migrated SQLite database file in a temp folder.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempDirectory folder = new();

    public TestDatabase()
    {
        Path = folder.File("romcurator.db");
        Connection = DatabaseOpener.OpenAndMigrate(Path);
    }

    public string Path { get; }

    public SqliteConnection Connection { get; }

    public void Dispose()
    {
        Connection.Dispose();
        folder.Dispose();
    }
}
