using RomCurator.Core.Dats.Import;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

public sealed class DatImporterTests
{
    private const string SnesDat = "no-intro_logiqx_Nintendo - Super Nintendo Entertainment System (Parent-Clone) (20240317-134803).dat";

    [Test]
    public async Task A_real_dat_populates_entries_metadata_releases_and_atomic_games()
    {
        using var database = new TestDatabase();

        var summary = Import(database, Shared(SnesDat));

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(summary.Platform).IsEqualTo("Nintendo - Super Nintendo Entertainment System");
        await Assert.That(summary.Games).IsEqualTo(4110L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(4111L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry_metadata")).IsEqualTo(4111L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_atomic_link WHERE match_type = 'dat' AND rom_id IS NULL")).IsEqualTo(4111L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM game_release")).IsEqualTo(4110L);
        await Assert.That(Sql.Scalar<string>(database.Connection, "SELECT status FROM import_log WHERE log_id = " + summary.RunId)).IsEqualTo("completed");
        var atomics = Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM atomic_game_unit");
        await Assert.That(atomics).IsLessThan(4110L - 2000L);
    }

    [Test]
    public async Task Clones_share_their_parents_atomic_game()
    {
        using var database = new TestDatabase();
        Import(database, Shared(SnesDat));

        var mismatched = Sql.Scalar<long>(database.Connection, """
            SELECT count(*) FROM dat_entry clone
            JOIN game_release c ON c.release_id = clone.release_id
            JOIN game_release p ON p.platform_id = c.platform_id AND p.release_name = clone.parent_name
            WHERE clone.parent_name IS NOT NULL AND c.atomic_id <> p.atomic_id
            """);
        var clones = Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry WHERE parent_name IS NOT NULL");

        await Assert.That(clones).IsGreaterThan(2000L);
        await Assert.That(mismatched).IsEqualTo(0L);
    }

    [Test]
    public async Task Game_names_become_title_region_languages_and_flags()
    {
        using var database = new TestDatabase();
        Import(database, Shared("no-intro_clrmamepro_Nintendo - Game Boy.dat"));

        var row = Sql.Scalar<string>(database.Connection, """
            SELECT m.base_title || '|' || m.region_normalized || '|' || ifnull(m.flags, '')
            FROM dat_entry e JOIN dat_entry_metadata m ON m.dat_entry_id = e.dat_entry_id
            WHERE e.game_name = '10-Pin Bowling (USA) (Proto)'
            """);

        await Assert.That(row).IsEqualTo("10-Pin Bowling|USA|Proto");
    }

    [Test]
    public async Task Importing_the_same_dat_again_is_a_no_op()
    {
        using var database = new TestDatabase();
        Import(database, Shared("no-intro_clrmamepro_Nintendo - Game Boy.dat"));
        var before = Counts(database);

        var again = Import(database, Shared("no-intro_clrmamepro_Nintendo - Game Boy.dat"));

        await Assert.That(again.Status).IsEqualTo("completed");
        await Assert.That(again.Unchanged).IsTrue();
        await Assert.That(Counts(database)).IsEquivalentTo(before);
    }

    [Test]
    public async Task A_newer_version_updates_entries_in_place_and_keeps_linked_ones()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var v1 = folder.Write("v1.dat", Dat("1", ("Kept (USA)", "aaaaaaaa"), ("Linked (USA)", "bbbbbbbb"), ("Dropped (USA)", "cccccccc")));
        Import(database, v1);
        var keptId = EntryId(database, "Kept (USA)");
        var linkedId = EntryId(database, "Linked (USA)");
        Sql.Execute(database.Connection, $"""
            INSERT INTO rom_file (sha1, size_bytes) VALUES ('{new string('1', 40)}', 4);
            INSERT INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence)
            SELECT {linkedId}, atomic_id, last_insert_rowid(), 'automatic', 1.0 FROM dat_atomic_link WHERE dat_entry_id = {linkedId};
            """);

        var v2 = folder.Write("v2.dat", Dat("2", ("Kept (USA)", "dddddddd"), ("New (Europe)", "eeeeeeee")));
        var summary = Import(database, v2);

        await Assert.That(summary.EntriesNew).IsEqualTo(1L);
        await Assert.That(summary.EntriesUpdated).IsEqualTo(1L);
        await Assert.That(summary.EntriesRemoved).IsEqualTo(1L);
        await Assert.That(EntryId(database, "Kept (USA)")).IsEqualTo(keptId);
        await Assert.That(Sql.Scalar<string>(database.Connection, $"SELECT rom_crc32 FROM dat_entry WHERE dat_entry_id = {keptId}")).IsEqualTo("dddddddd");
        await Assert.That(EntryId(database, "Linked (USA)")).IsEqualTo(linkedId);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry WHERE game_name = 'Dropped (USA)'")).IsEqualTo(0L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_atomic_link WHERE rom_id IS NOT NULL")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<string>(database.Connection, "SELECT version FROM dat_file")).IsEqualTo("2");
    }

    [Test]
    public async Task Platforms_resolve_through_aliases_or_are_created_once()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var unknownA = folder.Write("a.dat", Dat("1", "Acme - Wondercart", ("A (USA)", "00000001")));
        var unknownB = folder.Write("b.dat", Dat("1", "Acme - Wondercart", ("B (USA)", "00000002")).Replace("name \"Acme - Wondercart\"", "name \"Acme - Wondercart\"\n\tdescription \"second\"").Replace("version \"1\"", "version \"7\""));
        var aliased = folder.Write("c.dat", Dat("1", "Super Famicom", ("C (Japan)", "00000003")));

        var first = Import(database, unknownA);
        var second = new DatImporter(database.Connection).Import(unknownB, null, CancellationToken.None);
        var third = Import(database, aliased);
        var overridden = new DatImporter(database.Connection).Import(folder.Write("d.dat", Dat("1", "Whatever", ("D (USA)", "00000004"))), "gba", CancellationToken.None);

        await Assert.That(first.Platform).IsEqualTo("Acme - Wondercart");
        await Assert.That(second.Platform).IsEqualTo("Acme - Wondercart");
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM platform WHERE name = 'Acme - Wondercart'")).IsEqualTo(1L);
        await Assert.That(third.Platform).IsEqualTo("Nintendo - Super Nintendo Entertainment System");
        await Assert.That(overridden.Platform).IsEqualTo("Nintendo - Game Boy Advance");
    }

    [Test]
    public async Task Hostile_dats_fail_their_run_with_a_message_and_change_nothing()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var laughs = folder.Write("laughs.dat", """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><datafile><header><name>&b;</name></header></datafile>""");

        var summary = Import(database, laughs);

        await Assert.That(summary.Status).IsEqualTo("failed");
        await Assert.That(summary.Error!).Contains("entities");
        await Assert.That(Sql.Scalar<string>(database.Connection, "SELECT status || ' ' || notes FROM import_log WHERE log_id = " + summary.RunId)).Contains("failed");
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(0L);
    }

    [Test]
    public async Task A_newer_version_damaged_halfway_leaves_the_previous_version_whole()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var v1Games = Enumerable.Range(0, 300).Select(i => ($"Game {i} (USA)", $"{i:x8}")).ToArray();
        Import(database, folder.Write("v1.dat", Dat("1", v1Games)));
        var before = Counts(database);
        var v2 = Dat("2", [.. Enumerable.Range(0, 600).Select(i => ($"Game {i} (USA)", $"{i + 1000:x8}"))]);

        // More than one old batch of 250 games is written before the cut.
        var summary = Import(database, folder.Write("v2.dat", v2[..(v2.Length * 3 / 4)]));

        await Assert.That(summary.Status).IsEqualTo("failed");
        await Assert.That(Counts(database)).IsEquivalentTo(before);
        await Assert.That(Sql.Scalar<string>(database.Connection, "SELECT version FROM dat_file")).IsEqualTo("1");
        await Assert.That(Sql.Scalar<string>(database.Connection, "SELECT rom_crc32 FROM dat_entry WHERE game_name = 'Game 5 (USA)'")).IsEqualTo("00000005");
    }

    [Test]
    public async Task Path_tricks_in_game_names_are_only_data()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var longName = new string('x', 300) + " (USA)";
        var path = folder.Write("tricks.dat", Dat("1", ("../../etc/passwd (USA)", "00000001"), ("CON (USA)", "00000002"), (longName, "00000003"), ("Tab\tand\u0001ctl (USA)", "00000004")));

        var summary = Import(database, path);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(summary.Games).IsEqualTo(4L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry WHERE game_name = '../../etc/passwd (USA)'")).IsEqualTo(1L);
        await Assert.That(Directory.GetFileSystemEntries(folder.Path)).IsEquivalentTo([path]);
    }

    [Test]
    public async Task A_new_dat_listing_a_game_again_under_another_title_links_every_entry_to_the_release_game()
    {
        // The second block of "sonic" is described as another title: a new atomic game, then the release (listed
        // already) is updated to it. A new DAT appends its rows: the atomic game must be written before the release.
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var path = folder.Write("repeats.dat", """
            <?xml version="1.0"?>
            <datafile>
            <header><name>Sega - Mega Drive - Genesis</name><version>1</version></header>
            <game name="sonic"><description>Sonic the Hedgehog (USA)</description><rom name="a.bin" size="10" crc="00000001"/></game>
            <game name="sonic"><description>Sonic Spinball (USA)</description><rom name="b.bin" size="10" crc="00000002"/></game>
            <game name="other"><description>Other (USA)</description><rom name="c.bin" size="10" crc="00000003"/></game>
            </datafile>
            """);

        var summary = Import(database, path);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry WHERE game_name = 'sonic'")).IsEqualTo(2L);
        await Assert.That(Sql.Scalar<string>(database.Connection, """
            SELECT a.canonical_title FROM game_release r JOIN atomic_game_unit a ON a.atomic_id = r.atomic_id WHERE r.release_name = 'sonic'
            """)).IsEqualTo("Sonic Spinball");
        await Assert.That(Sql.Scalar<long>(database.Connection, """
            SELECT count(*) FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            JOIN game_release r ON r.release_id = e.release_id
            WHERE e.game_name = 'sonic' AND l.rom_id IS NULL AND l.atomic_id = r.atomic_id
            """)).IsEqualTo(2L);
    }

    private static DatImportSummary Import(TestDatabase database, string path) =>
        new DatImporter(database.Connection).Import(path, null, CancellationToken.None);

    [Test]
    public async Task A_new_dat_imported_alone_is_written_into_the_database_file_not_through_the_log()
    {
        using var database = new TestDatabase();

        var summary = Import(database, Shared(SnesDat));

        await Assert.That(summary.Status).IsEqualTo("completed");
        // Its pages went straight into the file (a rollback journal): the log holds none of them.
        await Assert.That(new FileInfo(database.Path + "-wal").Length).IsLessThan(64L * 1024);
        await Assert.That(File.Exists(database.Path + "-journal")).IsFalse();
        await Assert.That(Sql.Scalar<string>(database.Connection, "PRAGMA journal_mode")).IsEqualTo("wal");
        await Assert.That(Sql.Scalar<long>(database.Connection, "PRAGMA synchronous")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(4111L);
    }

    [Test]
    public async Task A_new_dat_imported_beside_a_reader_goes_through_the_log_and_the_reader_keeps_reading()
    {
        using var database = new TestDatabase();
        using var reader = DatabaseOpener.Open(database.Path);
        using var snapshot = reader.BeginTransaction(deferred: true);
        var entriesBefore = Sql.Scalar<long>(reader, "SELECT count(*) FROM dat_entry");
        var summary = Import(database, Shared(SnesDat));

        var entriesSeenDuring = Sql.Scalar<long>(reader, "SELECT count(*) FROM dat_entry");
        snapshot.Commit();
        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(entriesBefore).IsEqualTo(0L);
        await Assert.That(entriesSeenDuring).IsEqualTo(0L);
        await Assert.That(new FileInfo(database.Path + "-wal").Length).IsGreaterThan(1024L * 1024);
        await Assert.That(Sql.Scalar<long>(reader, "SELECT count(*) FROM dat_entry")).IsEqualTo(4111L);
        await Assert.That(Sql.Scalar<string>(database.Connection, "PRAGMA journal_mode")).IsEqualTo("wal");
    }

    private static string Shared(string file) => Path.Combine(RepositoryPaths.Shared, "dats", file);

    private static long EntryId(TestDatabase database, string game) =>
        Sql.Scalar<long>(database.Connection, "SELECT dat_entry_id FROM dat_entry WHERE game_name = $g", ("$g", game));

    private static List<string> Counts(TestDatabase database) =>
        new[] { "dat_entry", "dat_entry_metadata", "dat_atomic_link", "game_release", "atomic_game_unit", "platform", "platform_links", "dat_file" }
            .Select(t => t + "=" + Sql.Scalar<long>(database.Connection, $"SELECT count(*) FROM {t}")).ToList();

    private static string Dat(string version, params (string Game, string Crc)[] games) => Dat(version, "Test - System", games);

    private static string Dat(string version, string system, params (string Game, string Crc)[] games)
    {
        var text = new System.Text.StringBuilder($"clrmamepro (\n\tname \"{system}\"\n\tversion \"{version}\"\n)\n");
        foreach (var (game, crc) in games)
        {
            text.Append($"game (\n\tname \"{game}\"\n\trom ( name \"{game}.bin\" size 4 crc {crc} )\n)\n");
        }

        return text.ToString();
    }
}
