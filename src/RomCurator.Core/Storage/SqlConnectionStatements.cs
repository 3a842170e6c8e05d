using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>
/// Starts a <see cref="SqlStatement"/> on a connection or inside a transaction: <c>Statement</c> for one the caller
/// keeps (and disposes), <c>Once</c> for one that runs a single time and disposes itself.
/// </summary>
public static class SqlConnectionStatements
{
    public static SqlStatement Statement(this SqliteConnection connection, string sql) => new(connection, sql);

    public static SqlStatement Statement(this SqliteTransaction transaction, string sql) => new(transaction.Connection!, sql, transaction);

    public static SqlStatement Once(this SqliteConnection connection, string sql) => new(connection, sql, once: true);

    public static SqlStatement Once(this SqliteTransaction transaction, string sql) => new(transaction.Connection!, sql, transaction, once: true);
}
