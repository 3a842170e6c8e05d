using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Dats.Catalog;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Core.Preferred;
using RomCurator.Core.Review;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// Matching's watermark: a pass with nothing new joins nothing, anything that changes results makes the next pass a
/// full one, and a history of scans, imports, preference changes and review decisions ends with exactly the links,
/// suggestions and release links that full passes give.
/// </summary>
public sealed class MatchingWatermarkTests
{
    private const int RomSize = 4096;

    private static byte[] Rom(int seed) => Fixtures.Bytes(RomSize, seed);

    private static string Sha1(byte[] bytes) => Convert.ToHexStringLower(SHA1.HashData(bytes));

    private static void Import(ScanFixture fixture, string name, string version, params string[] games)
    {
        var path = Path.Combine(fixture.Home, $"{name}-{version}.dat".Replace(' ', '_'));
        File.WriteAllText(path, $"clrmamepro ( name \"{name}\" version \"{version}\" )\n" + string.Concat(games));
        using var connection = fixture.Open();
        new DatImporter(connection).Import(path, null, CancellationToken.None);
    }

    /// <summary>A game known by title only (its CRC is no file's).</summary>
    private static string ByTitle(string game, int crc) => $"game ( name \"{game}\" rom ( name \"{game}.gb\" size {RomSize} crc {crc:x8} ) )\n";

    private static string ByHash(string game, byte[] rom) => $"game ( name \"{game}\" rom ( name \"{game}.gb\" size {rom.Length} sha1 {Sha1(rom)} ) )\n";

    private static MatchSummary Match(ScanFixture fixture, SqliteConnection connection) =>
        new MatchRun(connection, fixture.Settings.Settings.Matching, VariantPreferences.From(fixture.Settings.Settings.OneGameOneRom)).Run();

    private static MatchScope Scope(ScanFixture fixture, SqliteConnection connection)
    {
        var watermark = new MatchingWatermark(connection);
        return watermark.Scope(watermark.Observe(fixture.Settings.Settings.Matching, VariantPreferences.From(fixture.Settings.Settings.OneGameOneRom)));
    }

    /// <summary>What matching decided, without ids or run numbers: links, suggestions (in their order) and release links.</summary>
    private static List<string> Results(SqliteConnection connection) =>
    [
        .. Sql.Column(connection, """
            SELECT 'link ' || r.filename || ' = ' || e.game_name || ' ' || l.match_type || ' ' || l.confidence
            FROM dat_atomic_link l JOIN rom_file r ON r.rom_id = l.rom_id JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            ORDER BY 1
            """),
        .. Sql.Column(connection, """
            SELECT 'suggest ' || r.filename || ' = ' || e.game_name || ' ' || c.confidence || ' ' || coalesce(c.decision, 'open') || ' ' || c.reason
            FROM ingestion_candidate c JOIN rom_file r ON r.rom_id = c.rom_id JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            ORDER BY r.filename, c.candidate_id
            """),
        .. Sql.Column(connection, """
            SELECT 'release ' || r.filename || ' = ' || g.release_name
            FROM release_artifact a JOIN rom_file r ON r.rom_id = a.rom_id JOIN game_release g ON g.release_id = a.release_id
            ORDER BY 1
            """),
    ];

    /// <summary>
    /// One history of a library; with <paramref name="full"/> the watermark is dropped before every pass, so that
    /// each pass is a full one.
    /// </summary>
    private static List<string> History(bool full, List<(long Hash, long Title, long Queued, long Releases)> passes)
    {
        using var fixture = new ScanFixture("""{ "matching": { "maxCandidatesPerFile": 2 } }""");
        using var connection = fixture.Open();
        void Forget()
        {
            if (full)
            {
                Sql.Execute(connection, "DELETE FROM matching_watermark");
            }
        }

        void Scan()
        {
            Forget();
            var scan = fixture.Scan();
            passes.Add((scan.MatchedHash, scan.MatchedTitle, scan.Candidates, 0));
        }

        void MatchNow()
        {
            Forget();
            var match = Match(fixture, connection);
            passes.Add((match.MatchedHash, match.MatchedTitle, match.Candidates, match.ReleasesLinked));
        }

        var late = Rom(31);
        Import(fixture, "Nintendo - Game Boy", "1", ByTitle("Tetris (USA)", 1), ByTitle("Tetris (Japan)", 2), ByTitle("Dr. Mario (World)", 3));
        fixture.Write("gb/Tetris.gb", Rom(11));
        fixture.Write("gb/Mystery Quest.gb", Rom(12));
        fixture.Write("gb/late.gb", late);
        fixture.AddRoot(Path.Combine(fixture.Library, "gb"), platform: "gb");
        Scan();
        MatchNow(); // nothing new

        // A new DAT version: a title for a file that had none, and the hash of a file already there.
        Import(fixture, "Nintendo - Game Boy", "2", ByTitle("Tetris (USA)", 1), ByTitle("Tetris (Japan)", 2), ByTitle("Dr. Mario (World)", 3),
            ByTitle("Mystery Quest (USA)", 4), ByHash("Late Arrival (Europe)", late));
        MatchNow();

        // New files.
        fixture.Write("gb/Dr Mario.gb", Rom(13));
        fixture.Write("gb/Tetris (copy).gb", Rom(14));
        Scan();

        // Other preferences, then a new tie.
        fixture.Settings.Settings.OneGameOneRom.Regions = "Japan, USA";
        fixture.Write("gb/Tetris again.gb", Rom(15));
        Scan();

        // A review decision: the rejected suggestion's automatic link goes, the file's other suggestion stays open.
        var rejected = Sql.Column(connection, """
            SELECT c.candidate_id FROM ingestion_candidate c JOIN rom_file r ON r.rom_id = c.rom_id
            WHERE r.filename = 'Tetris.gb' ORDER BY c.candidate_id LIMIT 1
            """);
        new ReviewQueue(connection).Reject(long.Parse(rejected.FirstOrDefault() ?? throw new InvalidOperationException(string.Join("\n", Results(connection))),
            System.Globalization.CultureInfo.InvariantCulture));
        MatchNow();

        // Another DAT, then its removal.
        Import(fixture, "Acme - Wondercart", "1", ByTitle("Mystery Quest Deluxe (World)", 9));
        MatchNow();
        new DatRemover(connection).Remove("Acme - Wondercart");
        MatchNow();
        MatchNow(); // nothing new
        return Results(connection);
    }

    [Test]
    public async Task A_history_of_passes_with_the_watermark_ends_as_full_passes_do()
    {
        var watermarked = new List<(long Hash, long Title, long Queued, long Releases)>();
        var fullPasses = new List<(long Hash, long Title, long Queued, long Releases)>();

        var results = History(full: false, watermarked);
        var expected = History(full: true, fullPasses);

        await Assert.That(results).IsEquivalentTo(expected, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(results).Contains(r => r.StartsWith("link late.gb = Late Arrival (Europe) automatic", StringComparison.Ordinal));
        await Assert.That(results).Contains(r => r.StartsWith("release late.gb = Late Arrival (Europe)", StringComparison.Ordinal));
        await Assert.That(results).Contains("link Mystery Quest.gb = Mystery Quest (USA) automatic 1.0");
        await Assert.That(results).Contains(r => r.StartsWith("link Tetris (copy).gb = Tetris (USA)", StringComparison.Ordinal)).Because("matched under the shipped preferences");
        await Assert.That(results.First(r => r.StartsWith("suggest Tetris again.gb", StringComparison.Ordinal))).Contains("Tetris (Japan)")
            .Because("matched after the preferences changed to Japan first");
        await Assert.That(results).Contains(r => r.StartsWith("suggest Tetris.gb = Tetris (USA) 0.92 rejected", StringComparison.Ordinal));
        await Assert.That(results).DoesNotContain(r => r.StartsWith("link Tetris.gb", StringComparison.Ordinal));
        await Assert.That(watermarked).IsEquivalentTo(fullPasses, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task A_pass_with_nothing_new_joins_nothing_and_every_change_that_matters_makes_the_next_pass_full()
    {
        using var fixture = new ScanFixture();
        using var connection = fixture.Open();
        Import(fixture, "Nintendo - Game Boy", "1", ByTitle("Tetris (USA)", 1), ByTitle("Tetris (Japan)", 2));
        fixture.Write("gb/Tetris.gb", Rom(11));
        fixture.AddRoot(Path.Combine(fixture.Library, "gb"), platform: "gb");
        var scanned = Scope(fixture, connection);
        fixture.Scan();

        var settled = Scope(fixture, connection);
        fixture.Write("gb/Other.gb", Rom(12));
        fixture.Scan();
        fixture.Settings.Settings.OneGameOneRom.Regions = "Japan";
        var preferences = Scope(fixture, connection);
        Match(fixture, connection);
        fixture.Settings.Settings.Matching.ReviewThreshold = 0.9;
        var threshold = Scope(fixture, connection);
        Match(fixture, connection);
        new ReviewQueue(connection).Reject(Sql.Scalar<long>(connection, "SELECT min(candidate_id) FROM ingestion_candidate"));
        var decision = Scope(fixture, connection);
        Match(fixture, connection);
        Import(fixture, "Nintendo - Game Boy", "2", ByTitle("Tetris (USA)", 1));
        var import = Scope(fixture, connection);
        Match(fixture, connection);
        Import(fixture, "Acme - Wondercart", "1", ByTitle("Rocket Race (USA)", 5));
        Match(fixture, connection);
        new DatRemover(connection).Remove("Acme - Wondercart");
        var removal = Scope(fixture, connection);
        Match(fixture, connection);
        var nothing = Match(fixture, connection);
        var afterNothing = Scope(fixture, connection);

        await Assert.That(scanned.Full).IsTrue().Because("no pass completed yet");
        await Assert.That(settled.Full).IsFalse();
        await Assert.That(preferences.Full).IsTrue();
        await Assert.That(threshold.Full).IsTrue();
        await Assert.That(decision.Full).IsTrue();
        await Assert.That(import.Full).IsTrue();
        await Assert.That(removal.Full).IsTrue();
        await Assert.That(afterNothing.Full).IsFalse();
        await Assert.That((nothing.MatchedHash, nothing.MatchedTitle, nothing.Candidates, nothing.ReleasesLinked)).IsEqualTo((0L, 0L, 0L, 0L));
        await Assert.That(Sql.Scalar<long>(connection, "SELECT log_id FROM matching_watermark")).IsLessThan(nothing.RunId)
            .Because("a pass with nothing new writes nothing");
    }
}
