using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Parsing;

namespace RomCurator.Core.Dats.Import;

/// <summary>The <c>dat_file</c> row of a DAT (one per DAT name; a newer version updates it).</summary>
public sealed class DatFileStore(SqliteConnection connection)
{
    public (long DatId, string? FileSha1, string Dialect, string? Description)? Find(string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT dat_id, file_sha1, coalesce(dialect, format), description FROM dat_file WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            : null;
    }

    public long Upsert(SqliteTransaction transaction, DatHeader header, DatFormat format, long platformId, long sourceId, long logId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO dat_file (source_id, platform_id, name, description, version, author, homepage, format, dialect, log_id)
            VALUES ($source, $platform, $name, $description, $version, $author, $homepage, $format, $dialect, $log)
            ON CONFLICT(name) DO UPDATE SET platform_id = excluded.platform_id, description = excluded.description,
                version = excluded.version, author = excluded.author, homepage = excluded.homepage, format = excluded.format,
                dialect = excluded.dialect,
                log_id = excluded.log_id, imported_at = datetime('now')
            RETURNING dat_id
            """;
        command.Parameters.AddWithValue("$source", sourceId);
        command.Parameters.AddWithValue("$platform", platformId);
        command.Parameters.AddWithValue("$name", header.Name);
        command.Parameters.AddWithValue("$description", (object?)header.Description ?? DBNull.Value);
        command.Parameters.AddWithValue("$version", (object?)header.Version ?? DBNull.Value);
        command.Parameters.AddWithValue("$author", (object?)header.Author ?? DBNull.Value);
        command.Parameters.AddWithValue("$homepage", (object?)header.Homepage ?? DBNull.Value);
        command.Parameters.AddWithValue("$format", format == DatFormat.Logiqx ? "logiqx" : "clrmamepro");
        command.Parameters.AddWithValue("$dialect", Dialect(header, format));
        command.Parameters.AddWithValue("$log", logId);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// The format's name in summaries and in <c>dat_file.dialect</c> (<c>dat_file.format</c> holds only its family:
    /// 'logiqx' XML or 'clrmamepro' text, which an SMDB is).
    /// </summary>
    public static string FormatName(DatFormat format) => format switch
    {
        DatFormat.Logiqx => "logiqx",
        DatFormat.Smdb => "smdb",
        _ => "clrmamepro",
    };

    /// <summary>What kind of DAT it is: its header's dialect (a software list) or its format's name.</summary>
    public static string Dialect(DatHeader header, DatFormat format) => header.Dialect ?? FormatName(format);

    /// <summary>Recorded only once an import completed, so an interrupted import is redone, not skipped.</summary>
    public void MarkComplete(SqliteTransaction transaction, long datId, string fileSha1)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE dat_file SET file_sha1 = $sha1 WHERE dat_id = $id";
        command.Parameters.AddWithValue("$sha1", fileSha1);
        command.Parameters.AddWithValue("$id", datId);
        command.ExecuteNonQuery();
    }

    /// <summary>Entries of the DAT, or only those written by one run.</summary>
    public long CountEntries(SqliteTransaction transaction, long datId, long? logId = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM dat_entry WHERE dat_id = $id" + (logId is null ? "" : " AND log_id = $log");
        command.Parameters.AddWithValue("$id", datId);
        if (logId is not null)
        {
            command.Parameters.AddWithValue("$log", logId);
        }

        return (long)command.ExecuteScalar()!;
    }
}
