using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Review;

/// <summary>
/// The undo journal of review decisions (<c>review_decision</c> and its detail tables): every suggestion a decision
/// touched as it was before, the link and release link it made or changed, and the links it removed. Undo restores
/// all of it exactly, newest decision first.
/// </summary>
internal sealed class ReviewJournal(SqliteConnection connection)
{
    /// <summary>The suggestions' state before a decision changes them.</summary>
    public static List<object?[]> Before(SqliteTransaction transaction, IReadOnlyList<long> candidateIds) =>
        candidateIds.Select(id => transaction.Row(
            "SELECT candidate_id, processed, decision, decided_at FROM ingestion_candidate WHERE candidate_id = $id", ("$id", id))!).ToList();

    public static long Record(SqliteTransaction transaction, string action, List<object?[]> candidatesBefore, long? linkId = null,
        bool linkCreated = false, string? previousType = null, double? previousConfidence = null, long? artifactId = null, long? batchId = null)
    {
        var decisionId = (long)transaction.Scalar("""
            INSERT INTO review_decision (action, candidate_ids, link_id, link_created, previous_match_type, previous_confidence, artifact_id, batch_id)
            VALUES ($action, $ids, $link, $created, $type, $confidence, $artifact, $batch) RETURNING decision_id
            """, ("$action", action), ("$ids", string.Join(",", candidatesBefore.Select(c => c[0]))), ("$link", linkId),
            ("$created", linkCreated ? 1 : 0), ("$type", previousType), ("$confidence", previousConfidence), ("$artifact", artifactId),
            ("$batch", batchId))!;
        foreach (var candidate in candidatesBefore)
        {
            transaction.Execute("""
                INSERT INTO review_decision_candidate (decision_id, candidate_id, previous_processed, previous_decision, previous_decided_at)
                VALUES ($decision, $id, $processed, $previous, $at)
                """, ("$decision", decisionId), ("$id", candidate[0]), ("$processed", candidate[1]), ("$previous", candidate[2]), ("$at", candidate[3]));
        }

        return decisionId;
    }

    public static void RecordRemoved(SqliteTransaction transaction, long decisionId, List<object?[]> links, List<object?[]> artifacts)
    {
        foreach (var link in links)
        {
            transaction.Execute("""
                INSERT INTO review_decision_removed_link (decision_id, link_id, dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id, created_at)
                VALUES ($decision, $0, $1, $2, $3, $4, $5, $6, $7)
                """, [("$decision", decisionId), .. Columns(link)]);
        }

        foreach (var artifact in artifacts)
        {
            transaction.Execute("""
                INSERT INTO review_decision_removed_artifact (decision_id, artifact_id, release_id, rom_id, artifact_type, artifact_sequence, log_id, created_at)
                VALUES ($decision, $0, $1, $2, $3, $4, $5, $6)
                """, [("$decision", decisionId), .. Columns(artifact)]);
        }
    }

    /// <summary>A new batch number for the decisions of one bulk accept.</summary>
    public long NextBatch()
    {
        using var transaction = connection.BeginTransaction();
        return (long)transaction.Scalar("SELECT coalesce(max(batch_id), 0) + 1 FROM review_decision")!;
    }

    /// <summary>
    /// Reverts the most recent decision, or the whole bulk accept it was part of (newest first, in one transaction);
    /// null when there is none.
    /// </summary>
    public ReviewOutcome? UndoLast()
    {
        using var transaction = connection.BeginTransaction();
        var batch = transaction.Row("SELECT batch_id FROM review_decision ORDER BY decision_id DESC LIMIT 1");
        if (batch is null)
        {
            return null;
        }

        if (batch[0] is not long batchId)
        {
            var one = UndoOne(transaction, "ORDER BY decision_id DESC LIMIT 1", [])!;
            transaction.Commit();
            return one;
        }

        var ids = new List<long>();
        var files = 0;
        while (UndoOne(transaction, "WHERE batch_id = $batch ORDER BY decision_id DESC LIMIT 1", [("$batch", batchId)]) is { } undone)
        {
            ids.AddRange(undone.CandidateIds);
            files++;
        }

        transaction.Commit();
        return new ReviewOutcome("undone", ids, $"undid the bulk accept of {files} files");
    }

    private static ReviewOutcome? UndoOne(SqliteTransaction transaction, string which, (string Name, object? Value)[] parameters)
    {
        var last = transaction.Row($"""
            SELECT decision_id, action, candidate_ids, link_id, link_created, previous_match_type, previous_confidence, artifact_id
            FROM review_decision {which}
            """, parameters);
        if (last is null)
        {
            return null;
        }

        var decisionId = (long)last[0]!;
        var ids = ((string)last[2]!).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
        RestoreCandidates(transaction, decisionId, ids);
        if (last[7] is long artifact)
        {
            transaction.Execute("DELETE FROM release_artifact WHERE artifact_id = $id", ("$id", artifact));
        }

        if (last[3] is long link)
        {
            if ((long)last[4]! == 1)
            {
                transaction.Execute("DELETE FROM dat_atomic_link WHERE link_id = $id", ("$id", link));
            }
            else
            {
                transaction.Execute("UPDATE dat_atomic_link SET match_type = $type, confidence = $confidence WHERE link_id = $id",
                    ("$id", link), ("$type", last[5]), ("$confidence", last[6]));
            }
        }

        RestoreRemoved(transaction, decisionId);
        transaction.Execute("DELETE FROM review_decision WHERE decision_id = $id", ("$id", decisionId));
        return new ReviewOutcome("undone", ids, $"undid the last decision ({last[1]})");
    }

    private static void RestoreCandidates(SqliteTransaction transaction, long decisionId, List<long> ids)
    {
        var recorded = transaction.Scalar("SELECT count(*) FROM review_decision_candidate WHERE decision_id = $id", ("$id", decisionId)) is > 0L;
        if (!recorded)
        {
            // Decisions journaled before the candidates' previous state was kept: they were all open and undecided.
            foreach (var id in ids)
            {
                transaction.Execute("UPDATE ingestion_candidate SET processed = 0, decision = NULL, decided_at = NULL WHERE candidate_id = $id", ("$id", id));
            }

            return;
        }

        transaction.Execute("""
            UPDATE ingestion_candidate SET
                processed = (SELECT b.previous_processed FROM review_decision_candidate b WHERE b.decision_id = $decision AND b.candidate_id = ingestion_candidate.candidate_id),
                decision = (SELECT b.previous_decision FROM review_decision_candidate b WHERE b.decision_id = $decision AND b.candidate_id = ingestion_candidate.candidate_id),
                decided_at = (SELECT b.previous_decided_at FROM review_decision_candidate b WHERE b.decision_id = $decision AND b.candidate_id = ingestion_candidate.candidate_id)
            WHERE candidate_id IN (SELECT candidate_id FROM review_decision_candidate WHERE decision_id = $decision)
            """, ("$decision", decisionId));
    }

    private static void RestoreRemoved(SqliteTransaction transaction, long decisionId)
    {
        // What the decision removed comes back as it was, same ids; rows whose entry, game or file are gone since stay gone.
        transaction.Execute("""
            INSERT INTO dat_atomic_link (link_id, dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id, created_at)
            SELECT r.link_id, r.dat_entry_id, r.atomic_id, r.rom_id, r.match_type, r.confidence,
                   (SELECT log_id FROM import_log WHERE log_id = r.log_id), r.created_at
            FROM review_decision_removed_link r
            WHERE r.decision_id = $decision
              AND EXISTS (SELECT 1 FROM dat_entry e WHERE e.dat_entry_id = r.dat_entry_id)
              AND EXISTS (SELECT 1 FROM atomic_game_unit g WHERE g.atomic_id = r.atomic_id)
              AND EXISTS (SELECT 1 FROM rom_file f WHERE f.rom_id = r.rom_id)
              AND NOT EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.link_id = r.link_id OR (l.dat_entry_id = r.dat_entry_id AND l.rom_id = r.rom_id))
            """, ("$decision", decisionId));
        transaction.Execute("""
            INSERT INTO release_artifact (artifact_id, release_id, rom_id, artifact_type, artifact_sequence, log_id, created_at)
            SELECT r.artifact_id, r.release_id, r.rom_id, r.artifact_type, r.artifact_sequence,
                   (SELECT log_id FROM import_log WHERE log_id = r.log_id), r.created_at
            FROM review_decision_removed_artifact r
            WHERE r.decision_id = $decision
              AND EXISTS (SELECT 1 FROM game_release g WHERE g.release_id = r.release_id)
              AND EXISTS (SELECT 1 FROM rom_file f WHERE f.rom_id = r.rom_id)
              AND NOT EXISTS (SELECT 1 FROM release_artifact a WHERE a.artifact_id = r.artifact_id OR (a.release_id = r.release_id AND a.rom_id = r.rom_id))
            """, ("$decision", decisionId));
    }

    private static IEnumerable<(string Name, object? Value)> Columns(object?[] row) => row.Select((value, i) => ("$" + i, value));
}
