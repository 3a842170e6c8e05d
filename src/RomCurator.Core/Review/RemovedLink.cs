using RomCurator.Core.Storage;

namespace RomCurator.Core.Review;

/// <summary>A <c>dat_atomic_link</c> row a review decision deleted, column for column, kept for undo.</summary>
internal sealed record RemovedLink(long LinkId, long DatEntryId, long AtomicId, long? RomId, string MatchType, double Confidence, long? LogId,
    string CreatedAt)
{
    public const string Columns = "link_id, dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id, created_at";

    public static RemovedLink Read(SqlRow row) => new(row.Long("link_id"), row.Long("dat_entry_id"), row.Long("atomic_id"),
        row.LongOrNull("rom_id"), row.Text("match_type"), row.Real("confidence"), row.LongOrNull("log_id"), row.Text("created_at"));
}
