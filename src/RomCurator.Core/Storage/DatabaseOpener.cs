using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// Opens the RomCurator database with the settings every connection needs (WAL, foreign keys, busy timeout)
/// and applies pending migrations.
/// </summary>
public static class DatabaseOpener
{
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>Opens (creating folders and file if needed) and migrates the database at <paramref name="path"/>.</summary>
    public static SqliteConnection OpenAndMigrate(string path)
    {
        var connection = Open(path);
        try
        {
            new MigrationRunner().Apply(connection);
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
            using var command = connection.CreateCommand();
            command.CommandText =
                $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};" +
                "PRAGMA journal_mode = WAL;" +
                "PRAGMA synchronous = NORMAL;" +
                "PRAGMA foreign_keys = ON;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
