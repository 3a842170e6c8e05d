using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>The <c>dat_file</c> row of a DAT (one per DAT name; a newer version updates it).</summary>
public sealed class DatFileStore(SqliteConnection connection)
{
    public (long DatId, string? FileSha1, string Dialect, string? Description)? Find(string name) =>
        connection.Once("SELECT dat_id, file_sha1, coalesce(dialect, format) AS dialect, description FROM dat_file WHERE name = $name")
            .Bind("$name", name)
            .First(row => ((long DatId, string? FileSha1, string Dialect, string? Description)?)(row.Long("dat_id"), row.TextOrNull("file_sha1"),
                row.Text("dialect"), row.TextOrNull("description")));

    public long Upsert(SqliteTransaction transaction, DatHeader header, DatFormat format, long platformId, long sourceId, long logId) =>
        transaction.Once("""
            INSERT INTO dat_file (source_id, platform_id, name, description, version, author, homepage, format, dialect, log_id)
            VALUES ($source, $platform, $name, $description, $version, $author, $homepage, $format, $dialect, $log)
            ON CONFLICT(name) DO UPDATE SET platform_id = excluded.platform_id, description = excluded.description,
                version = excluded.version, author = excluded.author, homepage = excluded.homepage, format = excluded.format,
                dialect = excluded.dialect,
                log_id = excluded.log_id, imported_at = datetime('now')
            RETURNING dat_id
            """).Bind("$source", sourceId).Bind("$platform", platformId).Bind("$name", header.Name).Bind("$description", header.Description)
            .Bind("$version", header.Version).Bind("$author", header.Author).Bind("$homepage", header.Homepage)
            .Bind("$format", format == DatFormat.Logiqx ? "logiqx" : "clrmamepro").Bind("$dialect", Dialect(header, format)).Bind("$log", logId)
            .Long()!.Value;

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
    public void MarkComplete(SqliteTransaction transaction, long datId, string fileSha1) =>
        transaction.Once("UPDATE dat_file SET file_sha1 = $sha1 WHERE dat_id = $id").Bind("$sha1", fileSha1).Bind("$id", datId).Execute();

    /// <summary>Whether any entry of the DAT is stored (read outside a transaction).</summary>
    public bool HasEntries(long datId) =>
        connection.Once("SELECT EXISTS (SELECT 1 FROM dat_entry WHERE dat_id = $id)").Bind("$id", datId).Long() == 1;

    /// <summary>Entries of the DAT, or only those written by one run.</summary>
    public long CountEntries(SqliteTransaction transaction, long datId, long? logId = null) =>
        transaction.Once("SELECT count(*) FROM dat_entry WHERE dat_id = $id" + (logId is null ? "" : " AND log_id = $log"))
            .Bind("$id", datId).Bind("$log", logId).Long()!.Value;
}
