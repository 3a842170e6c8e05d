using Microsoft.Data.Sqlite;
using RomCurator.Core.Matching;
using RomCurator.Core.Storage;
using RomCurator.Core.Preferred;

namespace RomCurator.Core.Review;

/// <summary>
/// The review queue (<c>ingestion_candidate</c>): lists open suggestions and records decisions. Accepting links the
/// file to the suggested game by hand (<c>dat_atomic_link</c> 'manual') and to its release (<c>release_artifact</c>),
/// and rejects the file's other suggestions; rejecting settles one suggestion and removes the automatic link matching
/// made for it; skipping keeps it open, with its file at the back of the queue. Every decision is journaled in
/// <c>review_decision</c> so the last one can be undone exactly. A file's suggestions of equal confidence are listed
/// as the details show them (<see cref="QueueTieBreak"/>: nearest size, then the curator's 1G1R
/// <paramref name="preferences"/>, the shipped defaults unless given).
/// </summary>
public sealed class ReviewQueue(SqliteConnection connection, VariantPreferences? preferences = null)
{
    public IReadOnlyList<ReviewItem> Open(string? filter = null, bool onlyLatestRun = false, int limit = 1000, int offset = 0,
        ReviewOrder order = ReviewOrder.File) => Stream(filter, onlyLatestRun, limit, offset, order).ToList();

    /// <summary>The open suggestions as they are read, in the same order as <see cref="Open"/>: memory stays flat.</summary>
    /// <summary>Where the file of candidate <c>c</c> (its rom_file <c>r</c>) is: root/path, root/archive#member, or its name.</summary>
    private const string FilePath = """
        coalesce((SELECT lr.name || '/' || f.relative_path FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                  WHERE f.rom_id = c.rom_id ORDER BY f.status = 'present' DESC LIMIT 1),
                 (SELECT lr.name || '/' || f.relative_path || '#' || m.path_in_archive FROM archive_member m
                  JOIN file_instance f ON f.rom_id = m.parent_rom_id JOIN library_root lr ON lr.root_id = f.root_id
                  WHERE m.child_rom_id = c.rom_id LIMIT 1),
                 r.filename)
        """;

    /// <summary>Suggestion <paramref name="candidateId"/>, open or decided (null: there is none).</summary>
    public ReviewItem? Item(long candidateId) =>
        connection.Once($$"""
            SELECT c.rom_id, {{FilePath}} AS file, e.game_name, c.confidence, c.reason, c.log_id
            FROM ingestion_candidate c JOIN rom_file r ON r.rom_id = c.rom_id JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            WHERE c.candidate_id = $candidate
            """).Bind("$candidate", candidateId)
            .First(row => new ReviewItem(candidateId, row.Long("rom_id"), row.Text("file"), row.Text("game_name"), null, null, row.Real("confidence"),
                row.TextOrNull("reason"), row.LongOrNull("log_id")));

    public IEnumerable<ReviewItem> Stream(string? filter = null, bool onlyLatestRun = false, int limit = int.MaxValue, int offset = 0,
        ReviewOrder order = ReviewOrder.File)
    {
        QueueTieBreak.Register(connection, preferences ?? CandidateOrder.DefaultPreferences);
        var rows = connection.Once($$"""
            SELECT c.candidate_id, c.rom_id,
                   {{FilePath}} AS file,
                   e.game_name, p.name AS platform, md.region_normalized, c.confidence, c.reason, c.log_id, c.decision = 'skipped' AS skipped,
                   (SELECT max(s.decided_at) FROM ingestion_candidate s
                    WHERE s.rom_id = c.rom_id AND coalesce(s.processed, 0) = 0 AND s.decision = 'skipped') AS file_skipped_at
            FROM ingestion_candidate c
            JOIN rom_file r ON r.rom_id = c.rom_id
            JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            LEFT JOIN dat_entry_metadata md ON md.dat_entry_id = e.dat_entry_id
            LEFT JOIN platform p ON p.platform_id = e.platform_id
            WHERE coalesce(c.processed, 0) = 0
              AND ($latest = 0 OR c.log_id = (SELECT max(log_id) FROM ingestion_candidate))
              AND ($filter IS NULL OR r.filename LIKE $like OR e.game_name LIKE $like)
            ORDER BY file_skipped_at IS NOT NULL, file_skipped_at, {{OrderBy(order)}}
            LIMIT $limit OFFSET $offset
            """)
            .Bind("$latest", onlyLatestRun).Bind("$filter", filter).Bind("$like", "%" + (filter ?? "") + "%").Bind("$limit", limit).Bind("$offset", offset)
            .Stream(row => new ReviewItem(row.Long("candidate_id"), row.Long("rom_id"), row.Text("file"), row.Text("game_name"),
                row.TextOrNull("platform"), row.TextOrNull("region_normalized"), row.Real("confidence"), row.TextOrNull("reason"),
                row.LongOrNull("log_id"), !row.IsNull("skipped") && row.Long("skipped") == 1));
        foreach (var item in rows)
        {
            yield return item;
        }
    }

    /// <summary>
    /// The file behind a suggestion: hashes, header metadata, and all its suggestions with their state, in
    /// <see cref="SuggestionOrder"/> (under the queue's 1G1R preferences).
    /// </summary>
    public ReviewDetails Details(ReviewItem item)
    {
        using var transaction = connection.BeginTransaction();
        var file = transaction.Once("SELECT sha1, crc32, size_bytes, headerless_size, header_type FROM rom_file WHERE rom_id = $rom")
            .Bind("$rom", item.RomId)
            .First(row => (Sha1: row.Text("sha1"), Crc32: row.TextOrNull("crc32"), Size: row.Long("size_bytes"),
                HeaderlessSize: row.LongOrNull("headerless_size"), HeaderType: row.TextOrNull("header_type")));
        var metadata = transaction.Once("SELECT metadata_key, metadata_value FROM rom_file_metadata WHERE rom_id = $rom ORDER BY 1")
            .Bind("$rom", item.RomId)
            .All(row => new KeyValuePair<string, string>(row.Text("metadata_key"), row.Text("metadata_value")));
        var suggestions = transaction.Once($$"""
            SELECT e.game_name, c.confidence, c.reason, c.decision, c.candidate_id,
                   {{RomSizeList.Select}} AS rom_sizes
            FROM ingestion_candidate c JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            WHERE c.rom_id = $rom ORDER BY c.confidence DESC, c.candidate_id
            """).Bind("$rom", item.RomId)
            .All(row => new ReviewSuggestion(row.Text("game_name"), row.Real("confidence"), row.TextOrNull("reason"), row.TextOrNull("decision"),
                row.Long("candidate_id"), RomSizeList.Parse(row.TextOrNull("rom_sizes"))));
        var link = transaction.Once("""
            SELECT e.game_name, l.confidence FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            WHERE l.rom_id = $rom ORDER BY l.confidence DESC LIMIT 1
            """).Bind("$rom", item.RomId)
            .First(row => (GameName: row.TextOrNull("game_name"), Confidence: row.RealOrNull("confidence")));
        transaction.Commit();
        var evidence = new FileEvidence(file.Size, file.HeaderlessSize, Path.GetExtension(item.File.Split('#')[^1]));
        suggestions = [.. SuggestionOrder.Order(suggestions, evidence, preferences ?? CandidateOrder.DefaultPreferences)];
        return new ReviewDetails(item.File, file.Sha1, file.Crc32, file.Size, metadata, suggestions,
            file.HeaderlessSize, file.HeaderType, link.GameName, link.Confidence);
    }

    /// <summary>Links the file to the suggested game (and its release) and rejects the file's other open suggestions.</summary>
    public ReviewOutcome Accept(long candidateId) => new ReviewDecisions(connection).Accept(candidateId);

    /// <summary>Settles the suggestion as wrong; an automatic link matching made for it is removed.</summary>
    public ReviewOutcome Reject(long candidateId) => new ReviewDecisions(connection).Reject(candidateId);

    /// <summary>Sets the suggestion aside: it stays open, and its file moves to the back of the queue.</summary>
    public ReviewOutcome Skip(long candidateId) => new ReviewDecisions(connection).Skip(candidateId);

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

    /// <summary>
    /// Accepts the best open suggestion of every file whose best suggestion is at or above <paramref name="threshold"/>,
    /// as one batch: <see cref="UndoLast"/> then reverts all of them, also after a restart.
    /// </summary>
    public int AcceptAtOrAbove(double threshold)
    {
        var best = BestAtOrAbove(threshold);
        var batch = new ReviewJournal(connection).NextBatch();
        var decisions = new ReviewDecisions(connection);
        foreach (var item in best)
        {
            decisions.Accept(item.CandidateId, batch);
        }

        return best.Count;
    }

    // Fixed clauses only (never text from the caller); the file's own suggestions stay together, best first. Files with
    // a skipped suggestion come after all others, the longest skipped first.
    private static string OrderBy(ReviewOrder order) => order switch
    {
        ReviewOrder.ConfidenceHigh => $"c.confidence DESC, c.rom_id, {QueueTieBreak.Terms}, c.candidate_id",
        ReviewOrder.ConfidenceLow => $"c.confidence, c.rom_id, {QueueTieBreak.Terms}, c.candidate_id",
        ReviewOrder.Game => "e.game_name COLLATE NOCASE, c.confidence DESC, c.candidate_id",
        _ => $"c.rom_id, c.confidence DESC, {QueueTieBreak.Terms}, c.candidate_id",
    };

    /// <summary>Reverts the most recent decision exactly (a whole bulk accept when it was one); null when there is none.</summary>
    public ReviewOutcome? UndoLast() => new ReviewJournal(connection).UndoLast();
}
