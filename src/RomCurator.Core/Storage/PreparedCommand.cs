using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Storage;

/// <summary>A parameterized statement prepared once and executed many times inside batches.</summary>
public sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand command;
    private readonly Dictionary<string, SqliteParameter> parameters = new(StringComparer.Ordinal);

    public PreparedCommand(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            parameters[name] = command.Parameters.Add(name, SqliteType.Text);
        }
    }

    public PreparedCommand With(string name, object? value)
    {
        var parameter = parameters[name];
        parameter.SqliteType = value switch
        {
            long or int or bool => SqliteType.Integer,
            double => SqliteType.Real,
            _ => SqliteType.Text,
        };
        parameter.Value = value ?? DBNull.Value;
        return this;
    }

    public int Execute(SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        return command.ExecuteNonQuery();
    }

    public object? Scalar(SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public SqliteDataReader Reader(SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        return command.ExecuteReader();
    }

    public void Dispose() => command.Dispose();
}
