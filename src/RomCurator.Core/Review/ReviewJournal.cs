using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Review;

/// <summary>
/// The undo journal of review decisions (<c>review_decision</c> and its detail tables): every suggestion a decision
/// touched as it was before, the link and release link it made or changed, and the links it removed. Undo restores
/// all of it exactly, newest decision first.
/// </summary>
internal sealed class ReviewJournal(SqliteConnection connection)
{
    /// <summary>The suggestions' state before a decision changes them.</summary>
    public static List<CandidateState> Before(SqliteTransaction transaction, IReadOnlyList<long> candidateIds)
    {
        using var select = transaction.Statement("SELECT candidate_id, processed, decision, decided_at FROM ingestion_candidate WHERE candidate_id = $id");
        return candidateIds.Select(id => select.Bind("$id", id).First(row => new CandidateState(row.Long("candidate_id"),
            row.LongOrNull("processed"), row.TextOrNull("decision"), row.TextOrNull("decided_at")))!).ToList();
    }

    public static long Record(SqliteTransaction transaction, string action, List<CandidateState> candidatesBefore, long? linkId = null,
        bool linkCreated = false, string? previousType = null, double? previousConfidence = null, long? artifactId = null, long? batchId = null)
    {
        var decisionId = transaction.Once("""
            INSERT INTO review_decision (action, link_id, link_created, previous_match_type, previous_confidence, artifact_id, batch_id)
            VALUES ($action, $link, $created, $type, $confidence, $artifact, $batch) RETURNING decision_id
            """).Bind("$action", action).Bind("$link", linkId)
            .Bind("$created", linkCreated).Bind("$type", previousType).Bind("$confidence", previousConfidence).Bind("$artifact", artifactId)
            .Bind("$batch", batchId).Long()!.Value;
        using var insert = transaction.Statement("""
            INSERT INTO review_decision_candidate (decision_id, candidate_id, previous_processed, previous_decision, previous_decided_at)
            VALUES ($decision, $id, $processed, $previous, $at)
            """);
        foreach (var candidate in candidatesBefore)
        {
            insert.Bind("$decision", decisionId).Bind("$id", candidate.CandidateId).Bind("$processed", candidate.Processed)
                .Bind("$previous", candidate.Decision).Bind("$at", candidate.DecidedAt).Execute();
        }

        return decisionId;
    }

    public static void RecordRemoved(SqliteTransaction transaction, long decisionId, List<RemovedLink> links, List<RemovedArtifact> artifacts)
    {
        using var insertLink = transaction.Statement($"""
            INSERT INTO review_decision_removed_link (decision_id, {RemovedLink.Columns})
            VALUES ($decision, $link, $entry, $atomic, $rom, $type, $confidence, $log, $created)
            """);
        foreach (var link in links)
        {
            insertLink.Bind("$decision", decisionId).Bind("$link", link.LinkId).Bind("$entry", link.DatEntryId).Bind("$atomic", link.AtomicId)
                .Bind("$rom", link.RomId).Bind("$type", link.MatchType).Bind("$confidence", link.Confidence).Bind("$log", link.LogId)
                .Bind("$created", link.CreatedAt).Execute();
        }

        using var insertArtifact = transaction.Statement("""
            INSERT INTO review_decision_removed_artifact (decision_id, artifact_id, release_id, rom_id, artifact_type, artifact_sequence, log_id, created_at)
            VALUES ($decision, $artifact, $release, $rom, $type, $sequence, $log, $created)
            """);
        foreach (var artifact in artifacts)
        {
            insertArtifact.Bind("$decision", decisionId).Bind("$artifact", artifact.ArtifactId).Bind("$release", artifact.ReleaseId)
                .Bind("$rom", artifact.RomId).Bind("$type", artifact.ArtifactType).Bind("$sequence", artifact.ArtifactSequence)
                .Bind("$log", artifact.LogId).Bind("$created", artifact.CreatedAt).Execute();
        }
    }

    /// <summary>A new batch number for the decisions of one bulk accept.</summary>
    public long NextBatch()
    {
        using var transaction = connection.BeginTransaction();
        return transaction.Once("SELECT coalesce(max(batch_id), 0) + 1 FROM review_decision").Long()!.Value;
    }

    /// <summary>
    /// Reverts the most recent decision, or the whole bulk accept it was part of (newest first, in one transaction);
    /// null when there is none.
    /// </summary>
    public ReviewOutcome? UndoLast()
    {
        using var transaction = connection.BeginTransaction();
        var batch = transaction.Once("SELECT batch_id FROM review_decision ORDER BY decision_id DESC LIMIT 1")
            .First(row => (Found: true, Batch: row.LongOrNull("batch_id")));
        if (!batch.Found)
        {
            return null;
        }

        if (batch.Batch is not { } batchId)
        {
            var one = UndoOne(transaction, "ORDER BY decision_id DESC LIMIT 1", null)!;
            transaction.Commit();
            return one;
        }

        var ids = new List<long>();
        var files = 0;
        while (UndoOne(transaction, "WHERE batch_id = $batch ORDER BY decision_id DESC LIMIT 1", batchId) is { } undone)
        {
            ids.AddRange(undone.CandidateIds);
            files++;
        }

        transaction.Commit();
        return new ReviewOutcome("undone", ids, $"undid the bulk accept of {files} file{(files == 1 ? "" : "s")}");
    }

    private static ReviewOutcome? UndoOne(SqliteTransaction transaction, string which, long? batchId)
    {
        using var select = transaction.Statement($"""
            SELECT decision_id, action, link_id, link_created, previous_match_type, previous_confidence, artifact_id
            FROM review_decision {which}
            """);
        if (batchId is { } batch)
        {
            select.Bind("$batch", batch);
        }

        var last = select.First(row => new Decision(row.Long("decision_id"), row.Text("action"), row.LongOrNull("link_id"),
                row.Long("link_created") == 1, row.TextOrNull("previous_match_type"), row.RealOrNull("previous_confidence"),
                row.LongOrNull("artifact_id")));
        if (last is null)
        {
            return null;
        }

        var ids = transaction.Once("SELECT candidate_id FROM review_decision_candidate WHERE decision_id = $id ORDER BY candidate_id")
            .Bind("$id", last.DecisionId).All(row => row.Long("candidate_id"));
        RestoreCandidates(transaction, last.DecisionId);
        if (last.ArtifactId is { } artifact)
        {
            transaction.Once("DELETE FROM release_artifact WHERE artifact_id = $id").Bind("$id", artifact).Execute();
        }

        if (last.LinkId is { } link)
        {
            if (last.LinkCreated)
            {
                transaction.Once("DELETE FROM dat_atomic_link WHERE link_id = $id").Bind("$id", link).Execute();
            }
            else
            {
                transaction.Once("UPDATE dat_atomic_link SET match_type = $type, confidence = $confidence WHERE link_id = $id")
                    .Bind("$id", link).Bind("$type", last.PreviousMatchType).Bind("$confidence", last.PreviousConfidence).Execute();
            }
        }

        RestoreRemoved(transaction, last.DecisionId);
        transaction.Once("DELETE FROM review_decision WHERE decision_id = $id").Bind("$id", last.DecisionId).Execute();
        return new ReviewOutcome("undone", ids, $"undid the last decision ({last.Action})");
    }

    private static void RestoreCandidates(SqliteTransaction transaction, long decisionId)
    {
        transaction.Once("""
            UPDATE ingestion_candidate SET
                processed = (SELECT b.previous_processed FROM review_decision_candidate b WHERE b.decision_id = $decision AND b.candidate_id = ingestion_candidate.candidate_id),
                decision = (SELECT b.previous_decision FROM review_decision_candidate b WHERE b.decision_id = $decision AND b.candidate_id = ingestion_candidate.candidate_id),
                decided_at = (SELECT b.previous_decided_at FROM review_decision_candidate b WHERE b.decision_id = $decision AND b.candidate_id = ingestion_candidate.candidate_id)
            WHERE candidate_id IN (SELECT candidate_id FROM review_decision_candidate WHERE decision_id = $decision)
            """).Bind("$decision", decisionId).Execute();
    }

    private static void RestoreRemoved(SqliteTransaction transaction, long decisionId)
    {
        // What the decision removed comes back as it was, same ids; rows whose entry, game or file are gone since stay gone.
        transaction.Once("""
            INSERT INTO dat_atomic_link (link_id, dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id, created_at)
            SELECT r.link_id, r.dat_entry_id, r.atomic_id, r.rom_id, r.match_type, r.confidence,
                   (SELECT log_id FROM import_log WHERE log_id = r.log_id), r.created_at
            FROM review_decision_removed_link r
            WHERE r.decision_id = $decision
              AND EXISTS (SELECT 1 FROM dat_entry e WHERE e.dat_entry_id = r.dat_entry_id)
              AND EXISTS (SELECT 1 FROM atomic_game_unit g WHERE g.atomic_id = r.atomic_id)
              AND EXISTS (SELECT 1 FROM rom_file f WHERE f.rom_id = r.rom_id)
              AND NOT EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.link_id = r.link_id OR (l.dat_entry_id = r.dat_entry_id AND l.rom_id = r.rom_id))
            """).Bind("$decision", decisionId).Execute();
        transaction.Once("""
            INSERT INTO release_artifact (artifact_id, release_id, rom_id, artifact_type, artifact_sequence, log_id, created_at)
            SELECT r.artifact_id, r.release_id, r.rom_id, r.artifact_type, r.artifact_sequence,
                   (SELECT log_id FROM import_log WHERE log_id = r.log_id), r.created_at
            FROM review_decision_removed_artifact r
            WHERE r.decision_id = $decision
              AND EXISTS (SELECT 1 FROM game_release g WHERE g.release_id = r.release_id)
              AND EXISTS (SELECT 1 FROM rom_file f WHERE f.rom_id = r.rom_id)
              AND NOT EXISTS (SELECT 1 FROM release_artifact a WHERE a.artifact_id = r.artifact_id OR (a.release_id = r.release_id AND a.rom_id = r.rom_id))
            """).Bind("$decision", decisionId).Execute();
    }

    private sealed record Decision(long DecisionId, string Action, long? LinkId, bool LinkCreated, string? PreviousMatchType,
        double? PreviousConfidence, long? ArtifactId);
}
