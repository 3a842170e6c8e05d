using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Review;

/// <summary>
/// The decisions on suggestions, each one transaction journaled for undo:
/// accept links the file to the game by hand and to its release, and rejects the file's other open suggestions;
/// reject settles a suggestion and removes what matching had linked on its strength (the automatic title link and
/// the release link that came with it); skip keeps the suggestion open and sends its file to the back of the queue.
/// </summary>
internal sealed class ReviewDecisions(SqliteConnection connection)
{
    /// <summary>Accepts a suggestion; <paramref name="batchId"/> ties it to the other accepts of one bulk accept (undone together).</summary>
    public ReviewOutcome Accept(long candidateId, long? batchId = null)
    {
        using var transaction = connection.BeginTransaction();
        var candidate = Find(transaction, candidateId);
        var open = transaction.Rows(
            "SELECT candidate_id, dat_entry_id FROM ingestion_candidate WHERE rom_id = $rom AND coalesce(processed, 0) = 0 ORDER BY candidate_id",
            ("$rom", candidate.RomId));
        var settled = open.Select(row => (long)row[0]!).ToList();
        var before = ReviewJournal.Before(transaction, settled);

        // The other suggestions are rejected: their automatic links go (the accepted entry's link is kept and made manual).
        var removedLinks = new List<object?[]>();
        var removedArtifacts = new List<object?[]>();
        foreach (var other in open.Where(row => (long)row[0]! != candidateId && row[1] is long entry && entry != candidate.DatEntryId))
        {
            var (links, artifacts) = SuggestionLinks.Remove(transaction, candidate.RomId, (long)other[1]!);
            removedLinks.AddRange(links);
            removedArtifacts.AddRange(artifacts);
        }

        var existing = transaction.Row("SELECT link_id, match_type, confidence FROM dat_atomic_link WHERE dat_entry_id = $entry AND rom_id = $rom",
            ("$entry", candidate.DatEntryId), ("$rom", candidate.RomId));
        long linkId;
        if (existing is null)
        {
            linkId = (long)transaction.Scalar("""
                INSERT INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
                VALUES ($entry, $atomic, $rom, 'manual', 1.0, $log) RETURNING link_id
                """, ("$entry", candidate.DatEntryId), ("$atomic", candidate.AtomicId), ("$rom", candidate.RomId), ("$log", candidate.LogId))!;
        }
        else
        {
            linkId = (long)existing[0]!;
            transaction.Execute("UPDATE dat_atomic_link SET match_type = 'manual', confidence = 1.0 WHERE link_id = $id", ("$id", linkId));
        }

        var artifactId = transaction.Scalar("""
            INSERT OR IGNORE INTO release_artifact (release_id, rom_id, artifact_type, log_id)
            SELECT e.release_id, $rom, CASE r.content_role WHEN 'disc' THEN 'disc' WHEN 'patch' THEN 'patch' ELSE 'rom' END, $log
            FROM dat_entry e, rom_file r WHERE e.dat_entry_id = $entry AND r.rom_id = $rom AND e.release_id IS NOT NULL
            RETURNING artifact_id
            """, ("$entry", candidate.DatEntryId), ("$rom", candidate.RomId), ("$log", candidate.LogId));
        transaction.Execute("UPDATE ingestion_candidate SET processed = 1, decision = 'accepted', decided_at = datetime('now') WHERE candidate_id = $id",
            ("$id", candidateId));
        transaction.Execute("""
            UPDATE ingestion_candidate SET processed = 1, decision = 'rejected', decided_at = datetime('now')
            WHERE rom_id = $rom AND candidate_id <> $id AND coalesce(processed, 0) = 0
            """, ("$rom", candidate.RomId), ("$id", candidateId));
        var decisionId = ReviewJournal.Record(transaction, "accepted", before, linkId, existing is null, existing?[1] as string,
            existing?[2] as double?, artifactId as long?, batchId);
        ReviewJournal.RecordRemoved(transaction, decisionId, removedLinks, removedArtifacts);
        transaction.Commit();
        return new ReviewOutcome("accepted", settled, $"linked to '{candidate.GameName}'");
    }

    public ReviewOutcome Reject(long candidateId)
    {
        using var transaction = connection.BeginTransaction();
        var candidate = Find(transaction, candidateId);
        var before = ReviewJournal.Before(transaction, [candidateId]);
        var (links, artifacts) = SuggestionLinks.Remove(transaction, candidate.RomId, candidate.DatEntryId);
        transaction.Execute("UPDATE ingestion_candidate SET processed = 1, decision = 'rejected', decided_at = datetime('now') WHERE candidate_id = $id",
            ("$id", candidateId));
        var decisionId = ReviewJournal.Record(transaction, "rejected", before);
        ReviewJournal.RecordRemoved(transaction, decisionId, links, artifacts);
        transaction.Commit();
        var unlinked = links.Count > 0 ? "; its automatic link is removed" : "";
        return new ReviewOutcome("rejected", [candidateId], $"rejected '{candidate.GameName}'{unlinked}");
    }

    public ReviewOutcome Skip(long candidateId)
    {
        using var transaction = connection.BeginTransaction();
        var candidate = Find(transaction, candidateId);
        var before = ReviewJournal.Before(transaction, [candidateId]);
        transaction.Execute("""
            UPDATE ingestion_candidate SET decision = 'skipped', decided_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE candidate_id = $id
            """, ("$id", candidateId));
        ReviewJournal.Record(transaction, "skipped", before);
        transaction.Commit();
        return new ReviewOutcome("skipped", [candidateId], $"skipped '{candidate.GameName}': it stays in the queue, after the others");
    }

    private static Candidate Find(SqliteTransaction transaction, long candidateId)
    {
        var row = transaction.Row("""
            SELECT c.rom_id, c.dat_entry_id, coalesce(c.suggested_atomic_id, l.atomic_id), e.game_name, c.log_id, coalesce(c.processed, 0)
            FROM ingestion_candidate c JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            LEFT JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL
            WHERE c.candidate_id = $id
            """, ("$id", candidateId)) ?? throw new ArgumentException($"there is no review candidate {candidateId}");
        if ((long)row[5]! != 0)
        {
            throw new ArgumentException($"candidate {candidateId} was already decided");
        }

        return new Candidate((long)row[0]!, (long)row[1]!, (long)row[2]!, (string)row[3]!, row[4] as long?);
    }

    private sealed record Candidate(long RomId, long DatEntryId, long AtomicId, string GameName, long? LogId);
}
