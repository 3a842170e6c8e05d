using System.Text;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Catalog;
using RomCurator.Core.Dats.Import;
using RomCurator.Core.Matching;
using RomCurator.Core.Preferred;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

/// <summary>
/// The title index kept per DAT (migration 0023): the first pass after an import keeps it, later passes read it back
/// and find exactly what an index built from the names finds; an update, another DAT on the platform or the DAT's
/// removal leaves no stale rows trusted; a history of imports, an update, a removal and passes ends with the links,
/// suggestions and release links that passes building every index from the names give.
/// </summary>
public sealed class KeptTitleIndexTests
{
    private static readonly string NesDat = Path.Combine(RepositoryPaths.Shared, "dats", "no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat");

    private static readonly string GameBoyDat = Path.Combine(RepositoryPaths.Shared, "dats", "no-intro_clrmamepro_Nintendo - Game Boy.dat");

    [Test]
    public async Task An_index_read_back_from_the_kept_rows_finds_what_the_plain_index_finds()
    {
        using var database = new TestDatabase();
        new DatImporter(database.Connection).Import(NesDat, null, CancellationToken.None);
        var platformId = Sql.Scalar<long>(database.Connection, "SELECT platform_id FROM dat_entry LIMIT 1");
        var names = Sql.Column(database.Connection, "SELECT game_name FROM dat_entry ORDER BY dat_entry_id");

        var built = TitleIndex.Load(database.Connection, platformId);
        var keptTitles = Sql.Scalar<long>(database.Connection, "SELECT titles FROM dat_title_index WHERE platform_id = $p", ("$p", platformId));
        var chunks = Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_title_chunk");
        var kept = TitleIndex.Load(database.Connection, platformId);
        var plain = ReferenceTitleIndex.Load(database.Connection, platformId);
        var mismatches = new List<string>();
        foreach (var file in FileNames(names, 1500))
        {
            var facts = TitleFacts.FromFileName(file + ".gb");
            var expected = plain.Candidates(facts).Select(t => Describe(t, plain.IsAmbiguous(t.Facts.Compact))).ToList();
            var fromKept = kept.Candidates(facts).Select(t => Describe(t, kept.IsAmbiguous(t.Facts.Compact))).ToList();
            var fromBuilt = built.Candidates(facts).Select(t => Describe(t, built.IsAmbiguous(t.Facts.Compact))).ToList();
            if (!expected.SequenceEqual(fromKept) || !expected.SequenceEqual(fromBuilt))
            {
                mismatches.Add($"{file}: expected [{string.Join(" | ", expected)}], kept [{string.Join(" | ", fromKept)}]");
            }
        }

        await Assert.That(names.Count).IsGreaterThan(10_000);
        await Assert.That(keptTitles).IsEqualTo(built.Count);
        await Assert.That(kept.Count).IsEqualTo(built.Count);
        await Assert.That(chunks).IsEqualTo((built.Count + KeptTitleIndex.ChunkTitles - 1) / KeptTitleIndex.ChunkTitles);
        await Assert.That(mismatches).IsEmpty();
    }

    [Test]
    public async Task Kept_rows_are_read_while_they_hold_and_rebuilt_or_dropped_when_the_dats_change()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var folder = Path.GetDirectoryName(database.Path)!;
        var first = WriteDat(folder, "one.dat", "Acme - Testcart", "1", ["Rocket Race (USA)", "Rocket Race (Japan)", "Moon Patrol (World)"]);
        new DatImporter(connection).Import(first, null, CancellationToken.None);
        var platformId = Sql.Scalar<long>(connection, "SELECT platform_id FROM dat_entry LIMIT 1");
        var platform = Sql.Scalar<string>(connection, "SELECT name FROM platform WHERE platform_id = $p", ("$p", platformId));
        string Titles(string file = "Rocket Race Moon Patrol Star Quest") => string.Join(", ", Candidates(connection, platformId, file));

        var built = Titles();
        var stampAfterFirst = Sql.Scalar<string>(connection, "SELECT stamp FROM dat_title_index");
        // The kept rows are what the next index reads, not the names: a name changed behind its back (never done
        // outside an import, which makes the rows stale) is still found under its old words.
        Sql.Execute(connection, "UPDATE dat_entry SET game_name = 'Star Quest (USA)' WHERE game_name = 'Moon Patrol (World)'");
        var fromKept = Titles("Moon Patrol");
        Sql.Execute(connection, "UPDATE dat_entry SET game_name = 'Moon Patrol (World)' WHERE game_name = 'Star Quest (USA)'");

        // An update of the DAT (a new import of it) makes its rows stale: the next index is built from the new names.
        var update = WriteDat(folder, "two.dat", "Acme - Testcart", "2", ["Rocket Race (USA)", "Moon Patrol (World)", "Star Quest (USA)"]);
        new DatImporter(connection).Import(update, null, CancellationToken.None);
        var afterUpdate = Titles();
        var stampAfterUpdate = Sql.Scalar<string>(connection, "SELECT stamp FROM dat_title_index");

        // Another DAT on the same platform: the platform's index spans two DATs and is not kept.
        var other = WriteDat(folder, "three.dat", "Acme - Extras", "1", ["Star Quest II (USA)"]);
        new DatImporter(connection).Import(other, platform, CancellationToken.None);
        var twoDats = Titles();
        var keptWithTwoDats = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_index");

        // That DAT removed: kept again at the next index; the last DAT removed: its rows go with it.
        new DatRemover(connection).Remove("Acme - Extras");
        var afterRemoval = Titles();
        var keptAfterRemoval = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_index");
        new DatRemover(connection).Remove("Acme - Testcart");
        var keptAtTheEnd = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_index") + Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_chunk");

        await Assert.That(built).IsEqualTo("Rocket Race (USA), Rocket Race (Japan), Moon Patrol (World)");
        await Assert.That(fromKept).IsEqualTo("Star Quest (USA)");
        await Assert.That(afterUpdate).IsEqualTo("Rocket Race (USA), Moon Patrol (World), Star Quest (USA)");
        await Assert.That(stampAfterUpdate).IsNotEqualTo(stampAfterFirst);
        await Assert.That(twoDats).Contains("Star Quest II (USA)");
        await Assert.That(keptWithTwoDats).IsEqualTo(0);
        await Assert.That(afterRemoval).IsEqualTo(afterUpdate);
        await Assert.That(keptAfterRemoval).IsEqualTo(1);
        await Assert.That(keptAtTheEnd).IsEqualTo(0);
    }

    [Test]
    public async Task Kept_rows_that_do_not_read_back_are_built_again()
    {
        using var database = new TestDatabase();
        var connection = database.Connection;
        var folder = Path.GetDirectoryName(database.Path)!;
        new DatImporter(connection).Import(WriteDat(folder, "one.dat", "Acme - Testcart", "1",
            Enumerable.Range(1, 5000).Select(i => $"Rocket Race {i} (USA)")), null, CancellationToken.None);
        var platformId = Sql.Scalar<long>(connection, "SELECT platform_id FROM dat_entry LIMIT 1");
        var built = string.Join(", ", Candidates(connection, platformId, "Rocket Race 4321"));
        var damaged = new List<string>();
        foreach (var damage in new[]
                 {
                     "UPDATE dat_title_chunk SET titles = substr(titles, 1, length(titles) - 3) WHERE chunk = 1", // cut in a hash
                     "UPDATE dat_title_chunk SET titles = x'ffffffffffffffffffffff' WHERE chunk = 0", // a garbled number
                     "DELETE FROM dat_title_chunk WHERE chunk = 1", // titles missing
                     "UPDATE dat_title_index SET titles = titles - 1", // titles beyond the count recorded
                 })
        {
            Sql.Execute(connection, damage);
            damaged.Add(string.Join(", ", Candidates(connection, platformId, "Rocket Race 4321")));
        }

        var chunks = Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_chunk");
        var keptAgain = string.Join(", ", Candidates(connection, platformId, "Rocket Race 4321"));

        await Assert.That(built).StartsWith("Rocket Race 4321 (USA)");
        await Assert.That(damaged).IsEquivalentTo(Enumerable.Repeat(built, 4), TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(chunks).IsEqualTo((5000 + KeptTitleIndex.ChunkTitles - 1) / KeptTitleIndex.ChunkTitles).Because("built again and kept again");
        await Assert.That(keptAgain).IsEqualTo(built);
    }

    [Test]
    public async Task A_history_with_the_kept_index_ends_as_one_that_builds_every_index_from_the_names()
    {
        var keptBeforePasses = new List<long>();
        var withKept = History(forgetKept: false, keptBeforePasses);
        var rebuilt = History(forgetKept: true, []);

        await Assert.That(withKept.Count(r => r.StartsWith("link ", StringComparison.Ordinal))).IsGreaterThan(20);
        await Assert.That(withKept.Count(r => r.StartsWith("suggest ", StringComparison.Ordinal))).IsGreaterThan(20);
        await Assert.That(withKept).Contains(r => r.StartsWith("link Mystery Quest.gb = Mystery Quest (USA)", StringComparison.Ordinal));
        await Assert.That(keptBeforePasses.Count(kept => kept > 0)).IsGreaterThanOrEqualTo(3).Because("passes that read the kept rows");
        await Assert.That(withKept).IsEquivalentTo(rebuilt, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    /// <summary>
    /// The real Game Boy DAT, files named after its games, then an update of the DAT, another DAT on the platform and its
    /// removal, with passes in between; with <paramref name="forgetKept"/> the kept rows are dropped before every pass.
    /// </summary>
    private static List<string> History(bool forgetKept, List<long> keptBeforePasses)
    {
        using var fixture = new ScanFixture("""{ "matching": { "maxCandidatesPerFile": 3 } }""");
        using var connection = fixture.Open();
        void BeforePass()
        {
            if (forgetKept)
            {
                Sql.Execute(connection, "DELETE FROM dat_title_index");
            }

            keptBeforePasses.Add(Sql.Scalar<long>(connection, "SELECT count(*) FROM dat_title_chunk"));
        }

        void Scan()
        {
            BeforePass();
            fixture.Scan();
        }

        void FullPass()
        {
            BeforePass();
            Sql.Execute(connection, "DELETE FROM matching_watermark");
            new MatchRun(connection, fixture.Settings.Settings.Matching, VariantPreferences.From(fixture.Settings.Settings.OneGameOneRom)).Run();
        }

        new DatImporter(connection).Import(GameBoyDat, null, CancellationToken.None);
        // Games of 32 KiB, files of their size named after them in six spellings (so that title matches can link).
        var names = Sql.Column(connection, "SELECT DISTINCT game_name FROM dat_entry WHERE rom_size = 32768 ORDER BY game_name");
        var files = FileNames(names, 120).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        void WriteFiles(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                fixture.Write($"gb/{Safe(files[i])}.gb", Fixtures.Bytes(32768, 1000 + i));
            }
        }

        WriteFiles(0, files.Count / 2);
        fixture.AddRoot(Path.Combine(fixture.Library, "gb"), platform: "gb");
        Scan(); // builds and keeps the index
        WriteFiles(files.Count / 2, files.Count);
        Scan(); // new files only: the kept index
        FullPass(); // a full pass on the kept index

        // An update of the DAT: the same games and one more.
        var updated = Path.Combine(fixture.Home, "gb-update.dat");
        File.WriteAllText(updated, File.ReadAllText(GameBoyDat).Replace("version \"", "version \"9", StringComparison.Ordinal)
            + "\ngame (\n\tname \"Mystery Quest (USA)\"\n\trom ( name \"Mystery Quest (USA).gb\" size 512 crc 01020304 )\n)\n");
        new DatImporter(connection).Import(updated, null, CancellationToken.None);
        fixture.Write("gb/Mystery Quest.gb", Fixtures.Bytes(512, 1));
        Scan(); // rebuilt from the updated DAT and kept
        FullPass(); // the kept index again

        // Another DAT on the platform, then its removal.
        var extras = WriteDat(fixture.Home, "extras.dat", "Acme - Game Boy Extras", "1", ["Mystery Quest Deluxe (World)", "Tetris Plus Plus (World)"]);
        new DatImporter(connection).Import(extras, "gb", CancellationToken.None);
        FullPass();
        new DatRemover(connection).Remove("Acme - Game Boy Extras");
        FullPass(); // built and kept again
        FullPass(); // the kept index
        return Results(connection);
    }

    private static string Safe(string name) => string.Concat(name.Split(Path.GetInvalidFileNameChars()));

    /// <summary>What matching decided, without ids: links, suggestions (in their order, with their reasons) and release links.</summary>
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

    private static List<string> Candidates(SqliteConnection connection, long platformId, string fileName)
    {
        using var transaction = connection.BeginTransaction();
        using var index = TitleIndex.Load(connection, platformId);
        var titles = index.Candidates(TitleFacts.FromFileName(fileName + ".bin")).Select(t => t.GameName).ToList();
        transaction.Commit();
        return titles;
    }

    private static string WriteDat(string folder, string file, string system, string version, IEnumerable<string> games)
    {
        var text = new StringBuilder($"clrmamepro ( name \"{system}\" version \"{version}\" )\n");
        var crc = 1;
        foreach (var game in games)
        {
            text.Append($"game ( name \"{game}\" rom ( name \"{game}.bin\" size 1 crc {crc++:x8} ) )\n");
        }

        var path = Path.Combine(folder, file);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Describe(IndexedTitle title, bool ambiguous) =>
        $"{title.DatEntryId}/{title.AtomicId}/{title.ReleaseId}/{title.GameName}/{title.Facts.Key}/{ambiguous}";

    /// <summary>File names as people have them: exact, without tags, GoodTools tags, lower case, half the title, one word.</summary>
    private static IEnumerable<string> FileNames(List<string> names, int count)
    {
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            var name = names[random.Next(names.Count)];
            var cut = name.IndexOf(" (", StringComparison.Ordinal);
            var title = cut > 0 ? name[..cut] : name;
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            yield return (i % 6) switch
            {
                0 => name,
                1 => title,
                2 => title + " (U) [!]",
                3 => name.ToLowerInvariant().Replace(' ', '_'),
                4 => string.Join(' ', words.Take(Math.Max(1, words.Length / 2))),
                _ => words[random.Next(words.Length)] + " " + random.Next(1, 4),
            };
        }
    }
}
