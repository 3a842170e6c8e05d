using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

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
        var open = transaction.Once(
            "SELECT candidate_id, dat_entry_id FROM ingestion_candidate WHERE rom_id = $rom AND coalesce(processed, 0) = 0 ORDER BY candidate_id")
            .Bind("$rom", candidate.RomId)
            .All(row => (CandidateId: row.Long("candidate_id"), DatEntryId: row.LongOrNull("dat_entry_id")));
        var settled = open.Select(row => row.CandidateId).ToList();
        var before = ReviewJournal.Before(transaction, settled);

        // The other suggestions are rejected: their automatic links go (the accepted entry's link is kept and made manual).
        var removedLinks = new List<RemovedLink>();
        var removedArtifacts = new List<RemovedArtifact>();
        foreach (var other in open.Where(row => row.CandidateId != candidateId && row.DatEntryId is { } entry && entry != candidate.DatEntryId))
        {
            var (links, artifacts) = SuggestionLinks.Remove(transaction, candidate.RomId, other.DatEntryId!.Value);
            removedLinks.AddRange(links);
            removedArtifacts.AddRange(artifacts);
        }

        var existing = transaction.Once("SELECT link_id, match_type, confidence FROM dat_atomic_link WHERE dat_entry_id = $entry AND rom_id = $rom")
            .Bind("$entry", candidate.DatEntryId).Bind("$rom", candidate.RomId)
            .First(row => new ExistingLink(row.Long("link_id"), row.TextOrNull("match_type"), row.RealOrNull("confidence")));
        long linkId;
        if (existing is null)
        {
            linkId = transaction.Once("""
                INSERT INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
                VALUES ($entry, $atomic, $rom, 'manual', 1.0, $log) RETURNING link_id
                """).Bind("$entry", candidate.DatEntryId).Bind("$atomic", candidate.AtomicId).Bind("$rom", candidate.RomId)
                .Bind("$log", candidate.LogId).Long()!.Value;
        }
        else
        {
            linkId = existing.LinkId;
            transaction.Once("UPDATE dat_atomic_link SET match_type = 'manual', confidence = 1.0 WHERE link_id = $id").Bind("$id", linkId).Execute();
        }

        var artifactId = transaction.Once("""
            INSERT OR IGNORE INTO release_artifact (release_id, rom_id, artifact_type, log_id)
            SELECT e.release_id, $rom, CASE r.content_role WHEN 'disc' THEN 'disc' WHEN 'patch' THEN 'patch' ELSE 'rom' END, $log
            FROM dat_entry e, rom_file r WHERE e.dat_entry_id = $entry AND r.rom_id = $rom AND e.release_id IS NOT NULL
            RETURNING artifact_id
            """).Bind("$entry", candidate.DatEntryId).Bind("$rom", candidate.RomId).Bind("$log", candidate.LogId).Long();
        transaction.Once("UPDATE ingestion_candidate SET processed = 1, decision = 'accepted', decided_at = datetime('now') WHERE candidate_id = $id")
            .Bind("$id", candidateId).Execute();
        transaction.Once("""
            UPDATE ingestion_candidate SET processed = 1, decision = 'rejected', decided_at = datetime('now')
            WHERE rom_id = $rom AND candidate_id <> $id AND coalesce(processed, 0) = 0
            """).Bind("$rom", candidate.RomId).Bind("$id", candidateId).Execute();
        var decisionId = ReviewJournal.Record(transaction, "accepted", before, linkId, existing is null, existing?.MatchType,
            existing?.Confidence, artifactId, batchId);
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
        transaction.Once("UPDATE ingestion_candidate SET processed = 1, decision = 'rejected', decided_at = datetime('now') WHERE candidate_id = $id")
            .Bind("$id", candidateId).Execute();
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
        transaction.Once("""
            UPDATE ingestion_candidate SET decision = 'skipped', decided_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE candidate_id = $id
            """).Bind("$id", candidateId).Execute();
        ReviewJournal.Record(transaction, "skipped", before);
        transaction.Commit();
        return new ReviewOutcome("skipped", [candidateId], $"skipped '{candidate.GameName}': it stays in the queue, after the others");
    }

    private static Candidate Find(SqliteTransaction transaction, long candidateId)
    {
        var candidate = transaction.Once("""
            SELECT c.rom_id, c.dat_entry_id, coalesce(c.suggested_atomic_id, l.atomic_id) AS atomic_id, e.game_name, c.log_id,
                   coalesce(c.processed, 0) AS processed
            FROM ingestion_candidate c JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            LEFT JOIN dat_atomic_link l ON l.dat_entry_id = e.dat_entry_id AND l.rom_id IS NULL
            WHERE c.candidate_id = $id
            """).Bind("$id", candidateId).First(row => new Candidate(row.Long("rom_id"), row.Long("dat_entry_id"), row.LongOrNull("atomic_id"),
                row.Text("game_name"), row.LongOrNull("log_id"), row.Long("processed")))
            ?? throw new ArgumentException($"there is no review candidate {candidateId}");
        if (candidate.Processed != 0)
        {
            throw new ArgumentException($"candidate {candidateId} was already decided");
        }

        return candidate.Atomic is null ? throw new InvalidOperationException($"candidate {candidateId} names no game") : candidate;
    }

    private sealed record Candidate(long RomId, long DatEntryId, long? Atomic, string GameName, long? LogId, long Processed)
    {
        public long AtomicId => Atomic!.Value;
    }

    private sealed record ExistingLink(long LinkId, string? MatchType, double? Confidence);
}
