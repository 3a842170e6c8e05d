using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// Links files to DAT entries whose hashes they carry: SHA-1 first, then MD5 (entries without SHA-1), then
/// CRC32 + size (entries with neither); then the same with the digests of headered dumps minus their header.
/// Set-based and idempotent: running it again adds nothing. A scoped pass (<see cref="MatchScope"/>) joins only the
/// files added since the last completed pass.
/// Every link is <c>match_type='automatic'</c>, confidence 1.0, and carries the run's log_id.
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

    /// <summary>Links every file a DAT knows by hash; returns how many files gained their first link.</summary>
    public long Match(long logId, MatchScope? scope = null)
    {
        scope ??= MatchScope.Everything;
        var files = scope.NewFiles("r.rom_id");
        using var transaction = connection.BeginTransaction();
        var before = LinkedFiles(transaction, scope);
        Execute(transaction, string.Format(LinkSelect, "e.rom_sha1 = r.sha1", files), logId, scope);
        Execute(transaction, string.Format(LinkSelect, "e.rom_md5 = r.md5 AND e.rom_sha1 IS NULL", files), logId, scope);
        Execute(transaction, string.Format(LinkSelect,
            "e.rom_crc32 = r.crc32 AND e.rom_size = r.size_bytes AND e.rom_sha1 IS NULL AND e.rom_md5 IS NULL", files), logId, scope);

        // Headered dumps against DATs that list the data without the header.
        Execute(transaction, string.Format(LinkSelect, "e.rom_sha1 = r.headerless_sha1", files), logId, scope);
        Execute(transaction, string.Format(LinkSelect, "e.rom_md5 = r.headerless_md5 AND e.rom_sha1 IS NULL", files), logId, scope);
        Execute(transaction, string.Format(LinkSelect,
            "e.rom_crc32 = r.headerless_crc32 AND e.rom_size = r.headerless_size AND e.rom_sha1 IS NULL AND e.rom_md5 IS NULL", files), logId, scope);
        // CHD images carry the SHA-1 that DAT "disk" entries list in their header.
        Execute(transaction, $$"""
            INSERT OR IGNORE INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
            SELECT e.dat_entry_id, structure.atomic_id, md.rom_id, 'automatic', 1.0, $log
            FROM rom_file_metadata md
            JOIN dat_entry e ON e.rom_sha1 = md.metadata_value AND e.entry_kind = 'disk'
            JOIN dat_atomic_link structure ON structure.dat_entry_id = e.dat_entry_id AND structure.rom_id IS NULL
            WHERE md.metadata_key = 'chd.sha1'{{scope.NewFiles("md.rom_id")}}
            """, logId, scope);
        var matched = LinkedFiles(transaction, scope) - before;
        transaction.Commit();
        return matched;
    }

    // Only files in scope can gain a link: counting them is enough.
    private static long LinkedFiles(SqliteTransaction transaction, MatchScope scope) =>
        scope.Bind(transaction.Once("SELECT count(DISTINCT rom_id) FROM dat_atomic_link WHERE rom_id IS NOT NULL" + scope.NewFiles("rom_id"))).Long()!.Value;

    private static void Execute(SqliteTransaction transaction, string sql, long logId, MatchScope scope) =>
        scope.Bind(transaction.Once(sql)).Bind("$log", logId).Execute();
}
