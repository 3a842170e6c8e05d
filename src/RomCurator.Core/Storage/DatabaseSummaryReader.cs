using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>Reads schema version, journal mode and row counts of the main tables.</summary>
public static class DatabaseSummaryReader
{
    private static readonly string[] CountedTables =
    [
        "platform", "platform_links", "library_root", "rom_file", "file_instance", "archive_member",
        "dat_file", "dat_entry", "game_release", "release_artifact", "ingestion_candidate", "import_log",
        "file_operation_log", "file_extension",
    ];

    public static DatabaseSummary Read(SqliteConnection connection)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in CountedTables)
        {
            counts[table] = connection.Once($"SELECT count(*) FROM {table};").Long()!.Value;
        }

        var path = connection.DataSource;
        return new DatabaseSummary(
            path,
            MigrationRunner.ReadUserVersion(connection),
            new MigrationRunner().LatestVersion,
            File.Exists(path) ? new FileInfo(path).Length : 0,
            connection.Once("PRAGMA journal_mode;").Text()!,
            counts);
    }
}
