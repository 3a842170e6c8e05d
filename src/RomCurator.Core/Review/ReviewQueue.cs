using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Review;

/// <summary>
/// The review queue (<c>ingestion_candidate</c>): lists open suggestions and records decisions. Accepting links the
/// file to the suggested game by hand (<c>dat_atomic_link</c> 'manual') and to its release (<c>release_artifact</c>),
/// and settles the file's other suggestions; rejecting or skipping settles one suggestion. Every decision is
/// journaled in <c>review_decision</c> so the last one can be undone.
/// </summary>
public sealed class ReviewQueue(SqliteConnection connection)
{
    public IReadOnlyList<ReviewItem> Open(string? filter = null, bool onlyLatestRun = false, int limit = 1000, int offset = 0,
        ReviewOrder order = ReviewOrder.File) => Stream(filter, onlyLatestRun, limit, offset, order).ToList();

    /// <summary>The open suggestions as they are read, in the same order as <see cref="Open"/>: memory stays flat.</summary>
    public IEnumerable<ReviewItem> Stream(string? filter = null, bool onlyLatestRun = false, int limit = int.MaxValue, int offset = 0,
        ReviewOrder order = ReviewOrder.File)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $$"""
            SELECT c.candidate_id, c.rom_id,
                   coalesce((SELECT lr.name || '/' || f.relative_path FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                             WHERE f.rom_id = c.rom_id ORDER BY f.status = 'present' DESC LIMIT 1),
                            (SELECT lr.name || '/' || f.relative_path || '#' || m.path_in_archive FROM archive_member m
                             JOIN file_instance f ON f.rom_id = m.parent_rom_id JOIN library_root lr ON lr.root_id = f.root_id
                             WHERE m.child_rom_id = c.rom_id LIMIT 1),
                            r.filename),
                   e.game_name, p.name, md.region_normalized, c.confidence, c.reason, c.log_id
            FROM ingestion_candidate c
            JOIN rom_file r ON r.rom_id = c.rom_id
            JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            LEFT JOIN dat_entry_metadata md ON md.dat_entry_id = e.dat_entry_id
            LEFT JOIN platform p ON p.platform_id = e.platform_id
            WHERE coalesce(c.processed, 0) = 0
              AND ($latest = 0 OR c.log_id = (SELECT max(log_id) FROM ingestion_candidate))
              AND ($filter IS NULL OR r.filename LIKE $like OR e.game_name LIKE $like)
            ORDER BY {{OrderBy(order)}}
            LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$latest", onlyLatestRun ? 1 : 0);
        command.Parameters.AddWithValue("$filter", (object?)filter ?? DBNull.Value);
        command.Parameters.AddWithValue("$like", "%" + (filter ?? "") + "%");
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new ReviewItem(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetInt64(8));
        }
    }

    /// <summary>The file behind a suggestion: hashes, header metadata, and all its suggestions with their state.</summary>
    public ReviewDetails Details(ReviewItem item)
    {
        using var transaction = connection.BeginTransaction();
        var file = Row(transaction, "SELECT sha1, crc32, size_bytes FROM rom_file WHERE rom_id = $rom", ("$rom", item.RomId))!;
        var metadata = new List<KeyValuePair<string, string>>();
        using (var command = Command(transaction, "SELECT metadata_key, metadata_value FROM rom_file_metadata WHERE rom_id = $rom ORDER BY 1", [("$rom", item.RomId)]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                metadata.Add(new KeyValuePair<string, string>(reader.GetString(0), reader.GetString(1)));
            }
        }

        var suggestions = new List<ReviewSuggestion>();
        using (var command = Command(transaction, """
            SELECT e.game_name, c.confidence, c.reason, c.decision FROM ingestion_candidate c JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            WHERE c.rom_id = $rom ORDER BY c.confidence DESC, c.candidate_id
            """, [("$rom", item.RomId)]))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                suggestions.Add(new ReviewSuggestion(reader.GetString(0), reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        transaction.Commit();
        return new ReviewDetails(item.File, (string)file[0]!, file[1] as string, (long)file[2]!, metadata, suggestions);
    }

    public ReviewOutcome Accept(long candidateId)
    {
        using var transaction = connection.BeginTransaction();
        var candidate = Find(transaction, candidateId);
        var settled = Scalars(transaction,
            "SELECT candidate_id FROM ingestion_candidate WHERE rom_id = $rom AND coalesce(processed, 0) = 0 ORDER BY candidate_id",
            ("$rom", candidate.RomId));
        var existing = Row(transaction, "SELECT link_id, match_type, confidence FROM dat_atomic_link WHERE dat_entry_id = $entry AND rom_id = $rom",
            ("$entry", candidate.DatEntryId), ("$rom", candidate.RomId));
        long linkId;
        if (existing is null)
        {
            linkId = (long)Scalar(transaction, """
                INSERT INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
                VALUES ($entry, $atomic, $rom, 'manual', 1.0, $log) RETURNING link_id
                """, ("$entry", candidate.DatEntryId), ("$atomic", candidate.AtomicId), ("$rom", candidate.RomId), ("$log", (object?)candidate.LogId ?? DBNull.Value))!;
        }
        else
        {
            linkId = (long)existing[0]!;
            Execute(transaction, "UPDATE dat_atomic_link SET match_type = 'manual', confidence = 1.0 WHERE link_id = $id", ("$id", linkId));
        }

        var artifactId = Scalar(transaction, """
            INSERT OR IGNORE INTO release_artifact (release_id, rom_id, artifact_type, log_id)
            SELECT e.release_id, $rom, CASE r.content_role WHEN 'disc' THEN 'disc' WHEN 'patch' THEN 'patch' ELSE 'rom' END, $log
            FROM dat_entry e, rom_file r WHERE e.dat_entry_id = $entry AND r.rom_id = $rom AND e.release_id IS NOT NULL
            RETURNING artifact_id
            """, ("$entry", candidate.DatEntryId), ("$rom", candidate.RomId), ("$log", (object?)candidate.LogId ?? DBNull.Value));
        Execute(transaction, "UPDATE ingestion_candidate SET processed = 1, decision = 'accepted', decided_at = datetime('now') WHERE candidate_id = $id",
            ("$id", candidateId));
        Execute(transaction, """
            UPDATE ingestion_candidate SET processed = 1, decision = 'rejected', decided_at = datetime('now')
            WHERE rom_id = $rom AND candidate_id <> $id AND coalesce(processed, 0) = 0
            """, ("$rom", candidate.RomId), ("$id", candidateId));
        Journal(transaction, "accepted", settled, linkId, existing is null, existing?[1] as string, existing?[2] as double?, artifactId as long?);
        transaction.Commit();
        return new ReviewOutcome("accepted", settled, $"linked to '{candidate.GameName}'");
    }

    public ReviewOutcome Reject(long candidateId) => Settle(candidateId, "rejected");

    public ReviewOutcome Skip(long candidateId) => Settle(candidateId, "skipped");

    /// <summary>The best open suggestion of every file whose best suggestion is at or above <paramref name="threshold"/>.</summary>
    public IReadOnlyList<ReviewItem> BestAtOrAbove(double threshold)
    {
        // By file, a file's suggestions come together and best first: its first row is its best.
        var best = new List<ReviewItem>();
        long? file = null;
        foreach (var item in Stream(order: ReviewOrder.File))
        {
            if (item.RomId != file && item.Confidence >= threshold)
            {
                best.Add(item);
            }

            file = item.RomId;
        }

        return best;
    }

    /// <summary>Accepts the best open suggestion of every file whose best suggestion is at or above <paramref name="threshold"/>.</summary>
    public int AcceptAtOrAbove(double threshold)
    {
        var best = BestAtOrAbove(threshold);
        foreach (var item in best)
        {
            Accept(item.CandidateId);
        }

        return best.Count;
    }

    // Fixed clauses only (never text from the caller); the file's own suggestions stay together, best first.
    private static string OrderBy(ReviewOrder order) => order switch
    {
        ReviewOrder.ConfidenceHigh => "c.confidence DESC, c.rom_id, c.candidate_id",
        ReviewOrder.ConfidenceLow => "c.confidence, c.rom_id, c.candidate_id",
        ReviewOrder.Game => "e.game_name COLLATE NOCASE, c.confidence DESC, c.candidate_id",
        _ => "c.rom_id, c.confidence DESC, c.candidate_id",
    };

    /// <summary>Reverts the most recent decision; null when there is none.</summary>
    public ReviewOutcome? UndoLast()
    {
        using var transaction = connection.BeginTransaction();
        var last = Row(transaction, """
            SELECT decision_id, action, candidate_ids, link_id, link_created, previous_match_type, previous_confidence, artifact_id
            FROM review_decision ORDER BY decision_id DESC LIMIT 1
            """);
        if (last is null)
        {
            return null;
        }

        var ids = ((string)last[2]!).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToList();
        foreach (var id in ids)
        {
            Execute(transaction, "UPDATE ingestion_candidate SET processed = 0, decision = NULL, decided_at = NULL WHERE candidate_id = $id", ("$id", id));
        }

        if (last[7] is long artifact)
        {
            Execute(transaction, "DELETE FROM release_artifact WHERE artifact_id = $id", ("$id", artifact));
        }

        if (last[3] is long link)
        {
            if ((long)last[4]! == 1)
            {
                Execute(transaction, "DELETE FROM dat_atomic_link WHERE link_id = $id", ("$id", link));
            }
            else
            {
                Execute(transaction, "UPDATE dat_atomic_link SET match_type = $type, confidence = $confidence WHERE link_id = $id",
                    ("$id", link), ("$type", last[5]!), ("$confidence", last[6]!));
            }
        }

        Execute(transaction, "DELETE FROM review_decision WHERE decision_id = $id", ("$id", last[0]!));
        transaction.Commit();
        return new ReviewOutcome("undone", ids, $"undid the last decision ({last[1]})");
    }

    private ReviewOutcome Settle(long candidateId, string decision)
    {
        using var transaction = connection.BeginTransaction();
        var candidate = Find(transaction, candidateId);
        Execute(transaction, "UPDATE ingestion_candidate SET processed = 1, decision = $decision, decided_at = datetime('now') WHERE candidate_id = $id",
            ("$id", candidateId), ("$decision", decision));
        Journal(transaction, decision, [candidateId], null, false, null, null, null);
        transaction.Commit();
        return new ReviewOutcome(decision, [candidateId], $"{decision} '{candidate.GameName}'");
    }

    private Candidate Find(SqliteTransaction transaction, long candidateId)
    {
        var row = Row(transaction, """
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

    private void Journal(SqliteTransaction transaction, string action, IReadOnlyList<long> candidates, long? linkId, bool linkCreated,
        string? previousType, double? previousConfidence, long? artifactId) =>
        Execute(transaction, """
            INSERT INTO review_decision (action, candidate_ids, link_id, link_created, previous_match_type, previous_confidence, artifact_id)
            VALUES ($action, $ids, $link, $created, $type, $confidence, $artifact)
            """, ("$action", action), ("$ids", string.Join(",", candidates)), ("$link", (object?)linkId ?? DBNull.Value),
            ("$created", linkCreated ? 1 : 0), ("$type", (object?)previousType ?? DBNull.Value),
            ("$confidence", (object?)previousConfidence ?? DBNull.Value), ("$artifact", (object?)artifactId ?? DBNull.Value));

    private object? Scalar(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private List<long> Scalars(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var values = new List<long>();
        while (reader.Read())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    private object?[]? Row(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        return row;
    }

    private void Execute(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private sealed record Candidate(long RomId, long DatEntryId, long AtomicId, string GameName, long? LogId);
}
