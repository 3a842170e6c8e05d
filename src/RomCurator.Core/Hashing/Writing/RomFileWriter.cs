using Microsoft.Data.Sqlite;
using RomCurator.Core.Digests;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Hashing.Writing;

/// <summary>
/// Finds or inserts the <c>rom_file</c> row for some content (keyed by SHA-1), filling in missing digests, and
/// records its header metadata in <c>rom_file_metadata</c>.
/// </summary>
public sealed class RomFileWriter(SqliteConnection connection, long logId) : IDisposable
{
    /// <summary>
    /// How a content already stored takes a new sighting: hashes it lacked are filled in, none it has is replaced
    /// (the set-based batch writer inserts with the same rule).
    /// </summary>
    public const string KeepKnownHashes = """
        ON CONFLICT(sha1) DO UPDATE SET md5 = coalesce(rom_file.md5, excluded.md5), crc32 = coalesce(rom_file.crc32, excluded.crc32),
            header_type = coalesce(rom_file.header_type, excluded.header_type),
            headerless_sha1 = coalesce(rom_file.headerless_sha1, excluded.headerless_sha1),
            headerless_md5 = coalesce(rom_file.headerless_md5, excluded.headerless_md5),
            headerless_crc32 = coalesce(rom_file.headerless_crc32, excluded.headerless_crc32),
            headerless_size = coalesce(rom_file.headerless_size, excluded.headerless_size)
        """;

    private readonly SqlStatement upsert = connection.Statement($"""
        INSERT INTO rom_file (sha1, md5, crc32, size_bytes, filename, content_role, log_id,
                              header_type, headerless_sha1, headerless_md5, headerless_crc32, headerless_size)
        VALUES ($sha1, $md5, $crc, $size, $name, $role, $log, $header, $hsha1, $hmd5, $hcrc, $hsize)
        {KeepKnownHashes}
        RETURNING rom_id
        """);

    public long Upsert(SqliteTransaction transaction, ContentHashes hashes, string fileName, string role) =>
        upsert.In(transaction)
            .Bind("$sha1", hashes.Sha1.ToHex())
            .Bind("$md5", hashes.Md5?.ToHex())
            .Bind("$crc", hashes.Crc32?.ToHex())
            .Bind("$size", hashes.Size)
            .Bind("$name", fileName)
            .Bind("$role", role)
            .Bind("$log", logId)
            .Bind("$header", hashes.HeaderKind)
            .Bind("$hsha1", hashes.Headerless?.Sha1.ToHex())
            .Bind("$hmd5", hashes.Headerless?.Md5?.ToHex())
            .Bind("$hcrc", hashes.Headerless?.Crc32?.ToHex())
            .Bind("$hsize", hashes.Headerless?.Size)
            .Long()!.Value;

    private readonly SqlStatement metadata = connection.Statement("""
        INSERT OR REPLACE INTO rom_file_metadata (rom_id, metadata_key, metadata_value) VALUES ($rom, $key, $value)
        """);

    /// <summary>Records what the content's header says (the same content always says the same).</summary>
    public void WriteMetadata(SqliteTransaction transaction, long romId, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (key, value) in values)
        {
            metadata.In(transaction).Bind("$rom", romId).Bind("$key", key).Bind("$value", value).Execute();
        }
    }

    public void Dispose()
    {
        upsert.Dispose();
        metadata.Dispose();
    }
}
