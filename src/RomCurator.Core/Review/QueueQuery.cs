namespace RomCurator.Core.Review;

/// <summary>
/// The SQL that lists the review queue. The queue shows the files with no skipped suggestion first, in the order asked
/// (<see cref="ReviewOrder"/>), then the files set aside, the longest skipped first. Each of the two parts is its own
/// statement, so the first part's order can come from an index (migration 0022: open suggestions by file and by
/// confidence) and a page is read without sorting the whole queue; only a file's own suggestions of equal rank are
/// sorted (<see cref="QueueTieBreak"/>). Past the first page (an OFFSET), the page's suggestions are found by their
/// order alone (<see cref="Keys"/>) and only they are then read in full (<see cref="ByIds"/>).
/// Fixed clauses only: no text from the caller reaches the SQL (the filter is bound).
/// </summary>
internal static class QueueQuery
{
    /// <summary>
    /// Where the file of candidate <c>c</c> (its rom_file <c>r</c>) is: root/path (a present copy first), root/archive#member,
    /// or its name. The first present copy in instance order is read straight from the index on rom_id (no sort per
    /// row); only a file with no present copy has its copies sorted (present first, then the index's order, as the
    /// one query before did).
    /// </summary>
    public const string FilePath = """
        coalesce((SELECT lr.name || '/' || f.relative_path FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                  WHERE f.rom_id = c.rom_id AND f.status = 'present' ORDER BY f.instance_id LIMIT 1),
                 (SELECT lr.name || '/' || f.relative_path FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                  WHERE f.rom_id = c.rom_id ORDER BY f.status = 'present' DESC LIMIT 1),
                 (SELECT lr.name || '/' || f.relative_path || '#' || m.path_in_archive FROM archive_member m
                  JOIN file_instance f ON f.rom_id = m.parent_rom_id JOIN library_root lr ON lr.root_id = f.root_id
                  WHERE m.child_rom_id = c.rom_id LIMIT 1),
                 r.filename)
        """;

    private const string Columns = $"""
        c.candidate_id, c.rom_id, {FilePath} AS file,
        e.game_name, p.name AS platform, md.region_normalized, c.confidence, c.reason, c.log_id, c.decision = 'skipped' AS skipped
        """;

    private const string Tables = """
        FROM ingestion_candidate c
        JOIN rom_file r ON r.rom_id = c.rom_id
        JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
        """;

    private const string Decorations = """
        LEFT JOIN dat_entry_metadata md ON md.dat_entry_id = e.dat_entry_id
        LEFT JOIN platform p ON p.platform_id = e.platform_id
        """;

    // coalesce(c.processed, 0) = 0 exactly as the indexes of 0022 are written, so the planner can use them.
    private const string Open = """
        WHERE coalesce(c.processed, 0) = 0
          AND ($latest = 0 OR c.log_id = (SELECT max(log_id) FROM ingestion_candidate))
          AND ($filter IS NULL OR r.filename LIKE $like OR e.game_name LIKE $like)
        """;

    /// <summary>When the file of <c>c</c> was set aside: its latest skip among its open suggestions (null: never).</summary>
    private const string SkippedAt =
        "(SELECT max(s.decided_at) FROM ingestion_candidate s WHERE s.rom_id = c.rom_id AND coalesce(s.processed, 0) = 0 AND s.decision = 'skipped')";

    /// <summary>
    /// The file of <c>c</c> is set aside: <see cref="SkippedAt"/> is not null. A list subquery, not correlated: SQLite
    /// builds the set of set-aside files once per statement, and each suggestion costs one probe of that (small) set
    /// instead of a search of the queue's index and a read of its rows. The set is read from the partial index of the
    /// skipped suggestions (migration 0025); the unary + keeps the planner off the open-suggestions index (a walk of
    /// the whole queue).
    /// </summary>
    private const string SetAside =
        "c.rom_id IN (SELECT s.rom_id FROM ingestion_candidate s WHERE s.decision = 'skipped' AND +coalesce(s.processed, 0) = 0 AND s.decided_at IS NOT NULL)";

    /// <summary>A part's suggestions in full, from $offset, at most $limit.</summary>
    public static string Rows(QueuePart part, ReviewOrder order) =>
        $"SELECT {Columns} {Tables} {Decorations} {Open} AND {Condition(part)} ORDER BY {OrderBy(part, order)} LIMIT $limit OFFSET $offset";

    /// <summary>The candidate ids of <see cref="Rows"/>, in its order (no column but the order's is computed).</summary>
    public static string Keys(QueuePart part, ReviewOrder order) =>
        $"SELECT c.candidate_id {Tables} {Open} AND {Condition(part)} ORDER BY {OrderBy(part, order)} LIMIT $limit OFFSET $offset";

    /// <summary>How many suggestions a part holds.</summary>
    public static string Count(QueuePart part) => $"SELECT count(*) {Tables} {Open} AND {Condition(part)}";

    /// <summary>The suggestions whose ids $ids (a JSON array) lists, in full and in the array's order.</summary>
    public static string ByIds => $"""
        SELECT {Columns}
        FROM json_each($ids) j
        JOIN ingestion_candidate c ON c.candidate_id = j.value
        JOIN rom_file r ON r.rom_id = c.rom_id
        JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
        {Decorations}
        ORDER BY j.key
        """;

    private static string Condition(QueuePart part) => part == QueuePart.SetAside ? SetAside : "NOT " + SetAside;

    // The file's own suggestions stay together, best first.
    private static string OrderBy(QueuePart part, ReviewOrder order) => (part == QueuePart.SetAside ? SkippedAt + ", " : "") + order switch
    {
        ReviewOrder.ConfidenceHigh => $"c.confidence DESC, c.rom_id, {QueueTieBreak.Terms}, c.candidate_id",
        ReviewOrder.ConfidenceLow => $"c.confidence, c.rom_id, {QueueTieBreak.Terms}, c.candidate_id",
        ReviewOrder.Game => "e.game_name COLLATE NOCASE, c.confidence DESC, c.candidate_id",
        _ => $"c.rom_id, c.confidence DESC, {QueueTieBreak.Terms}, c.candidate_id",
    };
}
