using System.Globalization;
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

    /// <summary>Suggestion <paramref name="candidateId"/>, open or decided (null: there is none).</summary>
    public ReviewItem? Item(long candidateId) =>
        connection.Once($$"""
            SELECT c.rom_id, {{QueueQuery.FilePath}} AS file, e.game_name, c.confidence, c.reason, c.log_id
            FROM ingestion_candidate c JOIN rom_file r ON r.rom_id = c.rom_id JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            WHERE c.candidate_id = $candidate
            """).Bind("$candidate", candidateId)
            .First(row => new ReviewItem(candidateId, row.Long("rom_id"), row.Text("file"), row.Text("game_name"), null, null, row.Real("confidence"),
                row.TextOrNull("reason"), row.LongOrNull("log_id")));

    /// <summary>
    /// The open suggestions as they are read, in the same order as <see cref="Open"/>: memory stays flat. The files with
    /// no skipped suggestion come first (their order is read from an index: a page costs the same at any queue size),
    /// then the files set aside, the longest skipped first (<see cref="QueueQuery"/>).
    /// </summary>
    public IEnumerable<ReviewItem> Stream(string? filter = null, bool onlyLatestRun = false, int limit = int.MaxValue, int offset = 0,
        ReviewOrder order = ReviewOrder.File)
    {
        QueueTieBreak.Register(connection, preferences ?? CandidateOrder.DefaultPreferences);
        var wanted = new QueueFilter(filter, onlyLatestRun);
        var listed = 0;
        foreach (var item in Part(QueuePart.Waiting, wanted, limit, offset, order))
        {
            listed++;
            yield return item;
        }

        if (listed >= limit)
        {
            yield break;
        }

        // The page began in the first part (or at the start): the second follows from its start; otherwise the page
        // lies wholly in the second part, the offset less the first part's suggestions.
        var setAsideOffset = listed > 0 || offset == 0 ? 0 : (int)Math.Max(0, offset - Count(QueuePart.Waiting, wanted));
        foreach (var item in Part(QueuePart.SetAside, wanted, limit - listed, setAsideOffset, order))
        {
            yield return item;
        }
    }

    private IEnumerable<ReviewItem> Part(QueuePart part, QueueFilter wanted, int limit, int offset, ReviewOrder order)
    {
        if (offset == 0)
        {
            return wanted.Bind(connection.Once(QueueQuery.Rows(part, order))).Bind("$limit", limit).Bind("$offset", 0).Stream(ReadItem);
        }

        // Deep in the queue: only the ids are read in order up to the page (the rows skipped over cost no file path),
        // then the page's suggestions in full.
        var ids = wanted.Bind(connection.Once(QueueQuery.Keys(part, order))).Bind("$limit", limit).Bind("$offset", offset)
            .All(row => row.Long("candidate_id"));
        return ids.Count == 0
            ? []
            : connection.Once(QueueQuery.ByIds).Bind("$ids", "[" + string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]")
                .Stream(ReadItem);
    }

    private long Count(QueuePart part, QueueFilter wanted) => wanted.Bind(connection.Once(QueueQuery.Count(part))).Long() ?? 0;

    private static ReviewItem ReadItem(SqlRow row) => new(row.Long("candidate_id"), row.Long("rom_id"), row.Text("file"), row.Text("game_name"),
        row.TextOrNull("platform"), row.TextOrNull("region_normalized"), row.Real("confidence"), row.TextOrNull("reason"),
        row.LongOrNull("log_id"), !row.IsNull("skipped") && row.Long("skipped") == 1);

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

    /// <summary>Reverts the most recent decision exactly (a whole bulk accept when it was one); null when there is none.</summary>
    public ReviewOutcome? UndoLast() => new ReviewJournal(connection).UndoLast();
}
