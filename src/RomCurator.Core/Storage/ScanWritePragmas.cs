using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// Connection settings for a scan's discovery and hashing writes, restored when disposed. Statement journals (each
/// upsert inside a batch's transaction keeps one) and temporary results stay in memory instead of temporary files:
/// without this a cold scan wrote about 25 small pieces to files under /var/tmp per file scanned. A batch's statements
/// are small, so the memory is too. The page cache is larger (a batch touches many index pages: three hash indexes
/// are in random order). Durability is unchanged (WAL, synchronous = NORMAL).
/// </summary>
public sealed class ScanWritePragmas : IDisposable
{
    private const int CacheKibibytes = 16 * 1024;

    private readonly SqliteConnection connection;
    private readonly long tempStore;
    private readonly long cacheSize;

    private ScanWritePragmas(SqliteConnection connection)
    {
        this.connection = connection;
        tempStore = Scalar("PRAGMA temp_store");
        cacheSize = Scalar("PRAGMA cache_size");
        Execute($"PRAGMA temp_store = MEMORY; PRAGMA cache_size = -{CacheKibibytes};");
    }

    /// <summary>Applies the settings to <paramref name="connection"/> until disposed (it must hold no temporary table).</summary>
    public static ScanWritePragmas Apply(SqliteConnection connection) => new(connection);

    public void Dispose() => Execute($"PRAGMA temp_store = {tempStore}; PRAGMA cache_size = {cacheSize};");

    private long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
