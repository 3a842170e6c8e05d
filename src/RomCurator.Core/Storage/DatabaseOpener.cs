using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// Opens the RomCurator database with the settings every connection needs (WAL, foreign keys, busy timeout)
/// and applies pending migrations.
/// </summary>
public static class DatabaseOpener
{
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>
    /// Opens (creating folders and file if needed) and migrates the database at <paramref name="path"/>. A database
    /// from a newer RomCurator is refused before anything can change it: switching to WAL rewrites the file header.
    /// The path is checked first (<see cref="DatabaseLocation"/>): a device, a folder, a read-only place, an empty or
    /// a foreign file is refused with a sentence saying so, and nothing is created beside it.
    /// </summary>
    public static SqliteConnection OpenAndMigrate(string path)
    {
        DatabaseLocation.EnsureUsable(path);
        var connection = Connect(path);
        try
        {
            var migrations = new MigrationRunner();
            migrations.RefuseNewer(connection);
            UseWriteAheadLog(connection);
            migrations.Apply(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens the database without migrating it (used by the migration tests and read-only tools).</summary>
    public static SqliteConnection Open(string path)
    {
        var connection = Connect(path);
        try
        {
            UseWriteAheadLog(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens with the settings that write nothing to the file: busy timeout and foreign keys.</summary>
    private static SqliteConnection Connect(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void UseWriteAheadLog(SqliteConnection connection) =>
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");

    private static void Execute(SqliteConnection connection, string sql) => connection.Once(sql).Execute();
}
