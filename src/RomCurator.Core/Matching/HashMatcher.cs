using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// Links files to DAT entries whose hashes they carry: SHA-1 first, then MD5 (entries without SHA-1), then
/// CRC32 + size (entries with neither); then the same with the digests of headered dumps minus their header.
/// Set-based and idempotent: running it again adds nothing. A scoped pass (<see cref="MatchScope"/>) joins only the
/// files added since the last completed pass.
/// Every link is <c>match_type='automatic'</c>, confidence 1.0, and carries the run's log_id. A join that cannot find
/// anything (no DAT entry without SHA-1, no headered file, no CHD image) is skipped: each is a scan of every DAT entry.
/// </summary>
public sealed class HashMatcher(SqliteConnection connection)
{
    private const string LinkSelect = """
        INSERT OR IGNORE INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
        SELECT e.dat_entry_id, structure.atomic_id, r.rom_id, 'automatic', 1.0, $log
        FROM rom_file r
        JOIN dat_entry e ON {0}
        JOIN dat_atomic_link structure ON structure.dat_entry_id = e.dat_entry_id AND structure.rom_id IS NULL
        WHERE r.content_role <> 'auxiliary'{1}
        """;

    /// <summary>
    /// The SHA-1 join, read from the files' side (one probe of the DAT's SHA-1 index per file rather than a look at every
    /// DAT entry), in the order the plain join wrote its links: by the DAT entry's structural link, then by file.
    /// </summary>
    private const string BySha1 = """
        INSERT OR IGNORE INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
        SELECT e.dat_entry_id, structure.atomic_id, r.rom_id, 'automatic', 1.0, $log
        FROM rom_file r
        CROSS JOIN dat_entry e ON e.rom_sha1 = r.sha1
        CROSS JOIN dat_atomic_link structure ON structure.dat_entry_id = e.dat_entry_id AND structure.rom_id IS NULL
        WHERE r.content_role <> 'auxiliary'
        """;

    private const string ShaOrder = " ORDER BY structure.link_id, r.rom_id";

    /// <summary>Links every file a DAT knows by hash; returns how many files gained their first link.</summary>
    public long Match(long logId, MatchScope? scope = null)
    {
        scope ??= MatchScope.Everything;
        var files = scope.NewFiles("r.rom_id");
        using var transaction = connection.BeginTransaction();
        var before = LinkedFiles(transaction, scope);
        Execute(transaction, BySha1 + files + ShaOrder, logId, scope);
        var withoutSha1 = Any(transaction, "SELECT 1 FROM dat_entry WHERE rom_sha1 IS NULL LIMIT 1");
        if (withoutSha1)
        {
            Execute(transaction, string.Format(LinkSelect, "e.rom_md5 = r.md5 AND e.rom_sha1 IS NULL", files), logId, scope);
            Execute(transaction, string.Format(LinkSelect,
                "e.rom_crc32 = r.crc32 AND e.rom_size = r.size_bytes AND e.rom_sha1 IS NULL AND e.rom_md5 IS NULL", files), logId, scope);
        }

        // Headered dumps against DATs that list the data without the header.
        if (Any(transaction, """
            SELECT 1 FROM rom_file WHERE headerless_sha1 IS NOT NULL OR headerless_md5 IS NOT NULL OR headerless_crc32 IS NOT NULL LIMIT 1
            """))
        {
            Execute(transaction, string.Format(LinkSelect, "e.rom_sha1 = r.headerless_sha1", files), logId, scope);
            if (withoutSha1)
            {
                Execute(transaction, string.Format(LinkSelect, "e.rom_md5 = r.headerless_md5 AND e.rom_sha1 IS NULL", files), logId, scope);
                Execute(transaction, string.Format(LinkSelect,
                    "e.rom_crc32 = r.headerless_crc32 AND e.rom_size = r.headerless_size AND e.rom_sha1 IS NULL AND e.rom_md5 IS NULL", files), logId, scope);
            }
        }

        // CHD images carry the SHA-1 that DAT "disk" entries list in their header.
        if (Any(transaction, "SELECT 1 FROM rom_file_metadata WHERE metadata_key = 'chd.sha1' LIMIT 1"))
        {
            Execute(transaction, $$"""
            INSERT OR IGNORE INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
            SELECT e.dat_entry_id, structure.atomic_id, md.rom_id, 'automatic', 1.0, $log
            FROM rom_file_metadata md
            JOIN dat_entry e ON e.rom_sha1 = md.metadata_value AND e.entry_kind = 'disk'
            JOIN dat_atomic_link structure ON structure.dat_entry_id = e.dat_entry_id AND structure.rom_id IS NULL
            WHERE md.metadata_key = 'chd.sha1'{{scope.NewFiles("md.rom_id")}}
            """, logId, scope);
        }

        var matched = LinkedFiles(transaction, scope) - before;
        transaction.Commit();
        return matched;
    }

    // Only files in scope can gain a link: counting them is enough.
    private static long LinkedFiles(SqliteTransaction transaction, MatchScope scope) =>
        scope.Bind(transaction.Once("SELECT count(DISTINCT rom_id) FROM dat_atomic_link WHERE rom_id IS NOT NULL" + scope.NewFiles("rom_id"))).Long()!.Value;

    private static bool Any(SqliteTransaction transaction, string sql) => transaction.Once(sql).Long() is not null;

    private static void Execute(SqliteTransaction transaction, string sql, long logId, MatchScope scope) =>
        scope.Bind(transaction.Once(sql)).Bind("$log", logId).Execute();
}
