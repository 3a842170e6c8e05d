using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RomCurator.Core.Storage;

/// <summary>
/// For one large transaction of the only connection open on its database: the database leaves the write-ahead log for
/// a rollback journal until disposed, so the pages the transaction appends are written once, straight into the file.
/// Through the log they are written to it (a page the cache spills more than once, more than once), read back to
/// checksum the log at the commit, and written again into the file at the checkpoint: a 300 MiB DAT's 930 MB of new
/// pages. Only the pages the file held before the transaction are copied first, to the journal, which rolls the
/// transaction back after a crash or a power loss (<c>synchronous = FULL</c> while taken, as a rollback journal needs).
/// <para>
/// Taken only when no other connection has the database open: SQLite leaves the log only then, and is not waited for
/// (busy timeout 0 for the attempt), so a scan or an interface open beside the transaction keeps reading through the
/// log as before. While taken, no other connection reads: unlike beside the log, where a reader never waits for a writer,
/// a romcurator that starts (a command, the interface) waits for the transaction to end, then reads what was committed;
/// a transaction longer than its busy timeout and Microsoft.Data.Sqlite's retries (30 s in all) fails it as busy.
/// Disposed (after the commit or the rollback), the database goes back to the log and
/// <c>synchronous</c> to what it was. If another process holds the database at that moment, its own opening brought the
/// log back already or does so once it can (every connection sets the log when it opens), and this connection keeps
/// <c>synchronous = FULL</c>, safe in either mode.
/// </para>
/// </summary>
public sealed class SoleWriterJournal : IDisposable
{
    private readonly SqliteConnection? connection;
    private readonly long previousSynchronous;

    private SoleWriterJournal(SqliteConnection? connection, long previousSynchronous)
    {
        this.connection = connection;
        this.previousSynchronous = previousSynchronous;
    }

    /// <summary>Whether the rollback journal was taken (no other connection had the database open).</summary>
    public bool Taken => connection is not null;

    /// <summary>Nothing taken: the log stays.</summary>
    public static SoleWriterJournal None { get; } = new(null, 0);

    /// <summary>
    /// Takes the rollback journal if this is the only connection on the database; call it outside any transaction, and
    /// dispose it after the transaction ends. Not taken, the database stays as it is (the write-ahead log).
    /// </summary>
    public static SoleWriterJournal TryTake(SqliteConnection connection)
    {
        if (connection.Once("PRAGMA journal_mode").Text() != "wal")
        {
            return None;
        }

        var synchronous = connection.Once("PRAGMA synchronous").Long()!.Value;
        // FULL before leaving the log: the header's switch to the rollback journal is itself written through one.
        connection.Once("PRAGMA synchronous = FULL").Execute();
        if (!TrySwitch(connection, "DELETE"))
        {
            connection.Once($"PRAGMA synchronous = {synchronous}").Execute();
            return None;
        }

        return new SoleWriterJournal(connection, synchronous);
    }

    public void Dispose()
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            if (TrySwitch(connection, "WAL") || connection.Once("PRAGMA journal_mode").Text() == "wal")
            {
                connection.Once($"PRAGMA synchronous = {previousSynchronous}").Execute();
            }
        }
        catch (Exception error) when (error is SqliteException or InvalidOperationException)
        {
            // The connection is failing already (the caller reports that); the next opening sets the log again.
        }
    }

    /// <summary>
    /// Sets the journal mode without waiting for other connections: false when one holds the database (SQLite answers
    /// busy, or keeps the mode it has). Run on the raw handle: Microsoft.Data.Sqlite retries a busy statement itself
    /// until its command timeout (30 s), whatever SQLite's own busy timeout.
    /// </summary>
    private static bool TrySwitch(SqliteConnection connection, string mode)
    {
        var database = connection.Handle!;
        var timeout = connection.Once("PRAGMA busy_timeout").Long()!.Value;
        // ThrowExceptionForRC passes OK, ROW and DONE, and throws for any other code.
        SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(database, 0), database);
        try
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, $"PRAGMA journal_mode = {mode}", out var statement), database);
            using (statement)
            {
                var step = raw.sqlite3_step(statement);
                if (step is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
                {
                    return false;
                }

                SqliteException.ThrowExceptionForRC(step, database);
                return string.Equals(raw.sqlite3_column_text(statement, 0).utf8_to_string(), mode, StringComparison.OrdinalIgnoreCase);
            }
        }
        finally
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(database, (int)timeout), database);
        }
    }
}
