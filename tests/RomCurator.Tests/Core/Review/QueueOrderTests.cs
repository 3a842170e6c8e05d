using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Core.Review;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Review;

/// <summary>
/// The queue's order comes from an index (migration 0022, <see cref="QueueQuery"/>) yet lists exactly what the one
/// sorted query did: the same rows in the same order, for every order, filter and page, with skipped files, ties of
/// confidence broken by size and by 1G1R preference, and several suggestions per file.
/// </summary>
public sealed class QueueOrderTests
{
    [Test]
    public async Task Every_order_filter_and_page_lists_what_the_sorted_query_listed()
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        Suggest(connection, seed: 7);
        var queue = new ReviewQueue(connection);
        var compared = 0;

        foreach (var order in Enum.GetValues<ReviewOrder>())
        {
            foreach (var filter in new string?[] { null, "Mario", "(Japan)" })
            {
                foreach (var latest in new[] { false, true })
                {
                    var expected = Reference(connection, filter, latest, int.MaxValue, 0, order);
                    var listed = queue.Stream(filter, latest, order: order).ToList();
                    await Assert.That(listed).IsEquivalentTo(expected, TUnit.Assertions.Enums.CollectionOrdering.Matching)
                        .Because($"{order}, filter {filter ?? "none"}, latest {latest}");
                    foreach (var size in new[] { 1, 4, 7 })
                    {
                        for (var offset = 0; offset <= expected.Count + size; offset += size)
                        {
                            var page = queue.Open(filter, latest, size, offset, order);
                            await Assert.That(page).IsEquivalentTo(expected.Skip(offset).Take(size).ToList(), TUnit.Assertions.Enums.CollectionOrdering.Matching)
                                .Because($"{order}, filter {filter ?? "none"}, latest {latest}, page of {size} from {offset}");
                        }
                    }

                    compared += expected.Count;
                }
            }
        }

        // The data holds what the order has to get right: set-aside files, ties within a file, several files.
        await Assert.That(compared).IsGreaterThan(100);
        await Assert.That(queue.Open(limit: int.MaxValue).Count(item => item.Skipped)).IsGreaterThan(2);
        await Assert.That(Sql.Scalar<long>(connection, """
            SELECT count(*) FROM ingestion_candidate a JOIN ingestion_candidate b ON a.rom_id = b.rom_id AND a.confidence = b.confidence
            AND a.candidate_id < b.candidate_id WHERE coalesce(a.processed, 0) = 0 AND coalesce(b.processed, 0) = 0
            """)).IsGreaterThan(3L);
    }

    [Test]
    [Arguments(ReviewOrder.File)]
    [Arguments(ReviewOrder.ConfidenceHigh)]
    [Arguments(ReviewOrder.ConfidenceLow)]
    public async Task A_page_is_read_in_index_order_without_sorting_the_whole_queue(ReviewOrder order)
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        QueueTieBreak.Register(connection, CandidateOrder.DefaultPreferences);

        var plan = Plan(connection, QueueQuery.Rows(QueuePart.Waiting, order));
        var keysPlan = Plan(connection, QueueQuery.Keys(QueuePart.Waiting, order));

        // A sort of the right part only (a file's own ties) is what an index-served order leaves.
        await Assert.That(plan).Contains("ix_ingestion_candidate_open_");
        await Assert.That(plan).DoesNotContain("USE TEMP B-TREE FOR ORDER BY");
        await Assert.That(keysPlan).DoesNotContain("USE TEMP B-TREE FOR ORDER BY");
    }

    [Test]
    [Arguments(false)]
    [Arguments(true)]
    public async Task The_set_aside_files_are_read_from_the_skipped_index_once_not_probed_per_suggestion(bool setAsidePart)
    {
        using var fixture = Library();
        using var connection = fixture.Open();
        QueueTieBreak.Register(connection, CandidateOrder.DefaultPreferences);

        var plan = Plan(connection, QueueQuery.Rows(setAsidePart ? QueuePart.SetAside : QueuePart.Waiting, ReviewOrder.File), everyStep: true);

        // A list built once (migration 0025's partial index), not a correlated search of the open suggestions per row.
        await Assert.That(plan).Contains("LIST SUBQUERY");
        await Assert.That(plan).Contains("ix_ingestion_candidate_skipped");
        if (!setAsidePart)
        {
            // (The set-aside part still reads each of its files' skip time, for its order.)
            await Assert.That(plan).DoesNotContain("SEARCH s USING INDEX ix_ingestion_candidate_open_");
        }
    }

    /// <summary>The top-level steps of the statement's query plan (every step: <paramref name="everyStep"/>), one a line.</summary>
    private static string Plan(SqliteConnection connection, string sql, bool everyStep = false)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in new[] { "$latest", "$filter", "$like", "$limit", "$offset" })
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            // The statement's own steps (parent 0), not its subqueries' (the file path's ORDER BY ... LIMIT 1).
            if (everyStep || reader.GetInt64(1) == 0)
            {
                lines.Add(reader.GetString(3));
            }
        }

        return string.Join('\n', lines);
    }

    // The file path as the one sorted query (main before 0022) computed it: a present copy first, by a sort per row.
    private const string ReferenceFilePath = """
        coalesce((SELECT lr.name || '/' || f.relative_path FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                  WHERE f.rom_id = c.rom_id ORDER BY f.status = 'present' DESC LIMIT 1),
                 (SELECT lr.name || '/' || f.relative_path || '#' || m.path_in_archive FROM archive_member m
                  JOIN file_instance f ON f.rom_id = m.parent_rom_id JOIN library_root lr ON lr.root_id = f.root_id
                  WHERE m.child_rom_id = c.rom_id LIMIT 1),
                 r.filename)
        """;

    // The queue as the one sorted query (main before 0022) listed it.
    private static List<ReviewItem> Reference(SqliteConnection connection, string? filter, bool latest, int limit, int offset, ReviewOrder order)
    {
        QueueTieBreak.Register(connection, CandidateOrder.DefaultPreferences);
        var orderBy = order switch
        {
            ReviewOrder.ConfidenceHigh => $"c.confidence DESC, c.rom_id, {QueueTieBreak.Terms}, c.candidate_id",
            ReviewOrder.ConfidenceLow => $"c.confidence, c.rom_id, {QueueTieBreak.Terms}, c.candidate_id",
            ReviewOrder.Game => "e.game_name COLLATE NOCASE, c.confidence DESC, c.candidate_id",
            _ => $"c.rom_id, c.confidence DESC, {QueueTieBreak.Terms}, c.candidate_id",
        };
        return connection.Once($"""
            SELECT c.candidate_id, c.rom_id,
                   {ReferenceFilePath} AS file,
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
            ORDER BY file_skipped_at IS NOT NULL, file_skipped_at, {orderBy}
            LIMIT $limit OFFSET $offset
            """)
            .Bind("$latest", latest).Bind("$filter", filter).Bind("$like", "%" + (filter ?? "") + "%").Bind("$limit", limit).Bind("$offset", offset)
            .All(row => new ReviewItem(row.Long("candidate_id"), row.Long("rom_id"), row.Text("file"), row.Text("game_name"),
                row.TextOrNull("platform"), row.TextOrNull("region_normalized"), row.Real("confidence"), row.TextOrNull("reason"),
                row.LongOrNull("log_id"), !row.IsNull("skipped") && row.Long("skipped") == 1));
    }

    /// <summary>
    /// Replaces matching's suggestions by random ones (fixed seed): one to five per file from a few confidences (ties),
    /// some decided, some skipped at one of two times or with no time (an old row), from two runs.
    /// </summary>
    private static void Suggest(SqliteConnection connection, int seed)
    {
        var random = new Random(seed);
        var roms = Sql.Column(connection, "SELECT rom_id FROM rom_file ORDER BY rom_id").Select(long.Parse).ToList();
        var entries = Sql.Column(connection, "SELECT dat_entry_id FROM dat_entry ORDER BY dat_entry_id").Select(long.Parse).ToList();
        var runs = Sql.Column(connection, "SELECT log_id FROM import_log ORDER BY log_id").Select(long.Parse).ToList();
        Sql.Execute(connection, "DELETE FROM ingestion_candidate");
        foreach (var rom in roms)
        {
            foreach (var entry in entries.OrderBy(_ => random.Next()).Take(random.Next(1, 6)))
            {
                var confidence = new[] { 0.5, 0.7, 0.7, 0.9 }[random.Next(4)];
                var (processed, decision, decidedAt) = random.Next(10) switch
                {
                    0 => ("1", "'rejected'", "'2024-01-01 00:00:00'"),
                    1 => ("0", "'skipped'", "'2024-01-01 00:00:01'"),
                    2 => ("0", "'skipped'", "'2024-01-01 00:00:02'"),
                    3 => ("0", "'skipped'", "NULL"),
                    _ => ("0", "NULL", "NULL"),
                };
                Sql.Execute(connection, $"""
                    INSERT INTO ingestion_candidate (rom_id, dat_entry_id, confidence, reason, processed, decision, decided_at, log_id)
                    VALUES ({rom}, {entry}, {confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}, 'why {entry}',
                            {processed}, {decision}, {decidedAt}, {runs[random.Next(runs.Count)]})
                    """);
            }
        }
    }

    private static ScanFixture Library()
    {
        var fixture = new ScanFixture();
        var dat = Path.Combine(fixture.Home, "snes.dat");
        File.WriteAllText(dat, """
            clrmamepro ( name "Nintendo - Super Nintendo Entertainment System" version "1" )
            game ( name "Super Mario World (USA)" rom ( name "a.sfc" size 4096 crc 00000001 ) )
            game ( name "Super Mario World (Europe)" rom ( name "b.sfc" size 4096 crc 00000002 ) )
            game ( name "Super Mario World (Japan)" rom ( name "b2.sfc" size 8192 crc 00000012 ) )
            game ( name "Super Mario World (USA) (Rev 1)" rom ( name "b3.sfc" size 2048 crc 00000022 ) )
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 4096 crc 00000003 ) )
            game ( name "Zelda no Densetsu (Japan) (Beta)" rom ( name "d.sfc" size 8192 crc 00000004 ) )
            game ( name "F-Zero (USA)" rom ( name "e.sfc" size 1024 crc 00000005 ) )
            game ( name "F-Zero (Japan) (Proto)" rom ( name "f.sfc" size 4096 crc 00000006 ) )
            game ( name "Pilotwings (World)" rom ( name "g.sfc" size 2048 crc 00000007 ) )
            """);
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        var sizes = new[] { 4096, 8192, 2048, 1024, 4096, 3000, 4096, 8192, 512, 4096 };
        for (var i = 0; i < sizes.Length; i++)
        {
            fixture.Write($"{(i % 2 == 0 ? "Mario" : "Other")} {i}.sfc", Fixtures.Bytes(sizes[i], 100 + i));
        }

        // Copies of the same content (one file, several places): the path shown is a present copy's, else the first's.
        fixture.Write("copies/Mario 0 copy a.sfc", Fixtures.Bytes(sizes[0], 100));
        fixture.Write("copies/Mario 0 copy b.sfc", Fixtures.Bytes(sizes[0], 100));
        fixture.Write("copies/Other 1 copy.sfc", Fixtures.Bytes(sizes[1], 101));
        fixture.Write("copies/Mario 2 copy.sfc", Fixtures.Bytes(sizes[2], 102));
        fixture.AddRoot(platform: "snes");
        fixture.Scan();
        using (var connection = fixture.Open())
        {
            // "Mario 0": its first copy missing, the second of no status, the third present (shown: the third);
            // "Other 1": one copy of no status, then one missing (shown: the missing one, as the sort put it first);
            // "Mario 2": both present (shown: the first).
            void Mark(string name, params string?[] statuses)
            {
                var rom = Sql.Scalar<long>(connection, "SELECT rom_id FROM file_instance WHERE relative_path = $path", ("$path", name));
                var copies = Sql.Column(connection, $"SELECT instance_id FROM file_instance WHERE rom_id = {rom} ORDER BY instance_id").ToList();
                if (copies.Count != statuses.Length)
                {
                    throw new InvalidOperationException($"{name}: {copies.Count} copies");
                }

                for (var i = 0; i < copies.Count; i++)
                {
                    Sql.Execute(connection, $"UPDATE file_instance SET status = {(statuses[i] is null ? "NULL" : $"'{statuses[i]}'")} WHERE instance_id = {copies[i]}");
                }
            }

            Mark("Mario 0.sfc", "missing", null, "present");
            Mark("Other 1.sfc", null, "missing");
            Mark("Mario 2.sfc", "present", "present");
        }

        return fixture;
    }
}
