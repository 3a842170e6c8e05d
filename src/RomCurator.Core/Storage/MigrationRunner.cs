using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// Brings a database up to the newest embedded schema: each pending migration runs in its own transaction
/// and records its number in <c>PRAGMA user_version</c>. A database newer than this build is refused.
/// </summary>
public sealed class MigrationRunner(IReadOnlyList<Migration> migrations)
{
    public MigrationRunner() : this(EmbeddedMigrations.Load())
    {
    }

    public int LatestVersion => migrations.Count == 0 ? 0 : migrations[^1].Version;

    /// <summary>Throws <see cref="SchemaTooNewException"/> when the database is newer than this build (reads only).</summary>
    public int RefuseNewer(SqliteConnection connection)
    {
        var current = ReadUserVersion(connection);
        return current > LatestVersion ? throw new SchemaTooNewException(connection.DataSource, current, LatestVersion) : current;
    }

    /// <summary>Applies pending migrations and returns how many ran.</summary>
    public int Apply(SqliteConnection connection)
    {
        var current = RefuseNewer(connection);

        var applied = 0;
        foreach (var migration in migrations)
        {
            if (migration.Version <= current)
            {
                continue;
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            // Re-read inside the write lock: another process may have migrated meanwhile.
            if (ReadUserVersion(connection, transaction) >= migration.Version)
            {
                transaction.Rollback();
                continue;
            }

            try
            {
                Execute(connection, transaction, migration.Sql);
                Execute(connection, transaction, $"PRAGMA user_version = {migration.Version};");
                transaction.Commit();
            }
            catch (SqliteException error)
            {
                transaction.Rollback();
                throw new MigrationFailedException(connection.DataSource, migration.Name, ReadUserVersion(connection),
                    OneLine(error.Message), error);
            }

            applied++;
        }

        return applied;
    }

    public static int ReadUserVersion(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        (int)new SqlStatement(connection, "PRAGMA user_version;", transaction, once: true).Long()!.Value;

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql) =>
        new SqlStatement(connection, sql, transaction, once: true).Execute();
}
