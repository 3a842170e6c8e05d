using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RomCurator.Core.Storage;

/// <summary>
/// Lets a cancellation reach a statement that is running: while the scope lives, cancelling the token calls
/// <c>sqlite3_interrupt</c> on the connection, so a long CREATE INDEX, INSERT … SELECT or join stops at once instead of
/// when it ends. The interrupted statement fails with SQLITE_INTERRUPT and SQLite rolls its transaction back (nothing
/// half-applied); <see cref="SqlStatement"/> turns that into an <see cref="OperationCanceledException"/>, the usual
/// cancelled outcome, and <see cref="IsInterrupt"/> tells it apart where a command is run directly.
/// </summary>
public sealed class StatementInterrupt : IDisposable
{
    private CancellationTokenRegistration registration;

    private StatementInterrupt(SqliteConnection connection, CancellationToken cancellation) =>
        registration = cancellation.Register(static state => raw.sqlite3_interrupt(((SqliteConnection)state!).Handle), connection);

    /// <summary>
    /// Interrupts the statement running on <paramref name="connection"/> when <paramref name="cancellation"/> is
    /// cancelled, until disposed (dispose it before the connection). Throws at once when it is cancelled already.
    /// </summary>
    public static StatementInterrupt OnCancel(SqliteConnection connection, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return new StatementInterrupt(connection, cancellation);
    }

    /// <summary>True when <paramref name="error"/> is a statement stopped by an interrupt (which only a cancel asks for).</summary>
    public static bool IsInterrupt(Exception error) => error is SqliteException { SqliteErrorCode: raw.SQLITE_INTERRUPT };

    /// <summary>The cancellation an interrupted statement stands for.</summary>
    public static OperationCanceledException Cancelled(SqliteException error) =>
        new("the run was cancelled while a statement ran; its transaction was rolled back", error);

    /// <summary>Stops interrupting; waits for an interrupt being asked on another thread to end.</summary>
    public void Dispose() => registration.Dispose();
}
