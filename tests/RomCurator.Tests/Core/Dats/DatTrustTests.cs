using System.Text;
using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Dats;

/// <summary>
/// DAT entries that used to break or silently corrupt an import (issue 11, items 9–13): each is now one counted
/// problem in the import's summary (<c>import_log.notes</c>), never a failed import nor a lost entry.
/// </summary>
public sealed class DatTrustTests
{
    [Test]
    public async Task Two_software_lists_are_two_dats_on_their_own_platforms()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();

        var nes = Import(database, folder.Write("nes.xml", DatTexts.SoftwareList("nes", "Nintendo Entertainment System / Famicom cartridges", 40, 1)));
        var snes = Import(database, folder.Write("snes.xml", DatTexts.SoftwareList("snes", "Nintendo Super Entertainment System / Super Famicom cartridges", 30, 100)));
        var megadrive = Import(database, folder.Write("megadriv.xml", DatTexts.SoftwareList("megadriv", "Sega Mega Drive / Genesis cartridges", 5, 200)));

        await Assert.That(snes.Status).IsEqualTo("completed");
        await Assert.That(snes.EntriesRemoved).IsEqualTo(0L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_file")).IsEqualTo(3L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(75L);
        await Assert.That(nes.DatName).IsEqualTo("nes");
        await Assert.That(nes.Platform).IsEqualTo("Nintendo - Nintendo Entertainment System");
        await Assert.That(snes.Platform).IsEqualTo("Nintendo - Super Nintendo Entertainment System");
        await Assert.That(megadrive.Platform).IsEqualTo("Sega - Mega Drive - Genesis");
    }

    [Test]
    public async Task A_file_of_several_software_lists_is_one_dat_per_list()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var nes = DatTexts.SoftwareList("nes", "NES cartridges", 3, 1);
        var gameBoy = DatTexts.SoftwareList("gameboy", "Game Boy cartridges", 2, 50);
        static string Body(string list) => list[list.IndexOf("<softwarelist ", StringComparison.Ordinal)..];
        var path = folder.Write("all.xml", "<?xml version=\"1.0\"?>\n<softwarelists>\n" + Body(nes) + Body(gameBoy) + "</softwarelists>\n");

        var summaries = new DatImporter(database.Connection).ImportEach(path, null, CancellationToken.None).ToList();

        await Assert.That(summaries.Select(s => $"{s.Status} {s.DatName} {s.Platform} {s.Games}"))
            .IsEquivalentTo(["completed nes Nintendo - Nintendo Entertainment System 3", "completed gameboy Nintendo - Game Boy 2"]);
    }

    [Test]
    public async Task A_dat_of_another_kind_that_would_replace_a_dat_of_the_same_name_is_refused_and_changes_nothing()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        Import(database, folder.Write("a.dat", DatTexts.ClrMamePro("nes", [("Alpha (USA)", "00000001"), ("Beta (USA)", "00000002")])));
        Import(database, folder.Write("snes.xml", DatTexts.SoftwareList("snes", "Super Famicom cartridges", 3, 10)));
        const string Entries = "SELECT group_concat(game_name || rom_crc32, ',') FROM (SELECT game_name, rom_crc32 FROM dat_entry ORDER BY 1, 2)";
        var before = Sql.Scalar<string>(database.Connection, Entries);

        var softwareList = Import(database, folder.Write("nes.xml", DatTexts.SoftwareList("nes", "Nintendo Entertainment System cartridges", 2, 1)));
        var otherList = Import(database, folder.Write("snes2.xml", DatTexts.SoftwareList("snes", "Satellaview 8M memory packs", 2, 50)));

        await Assert.That(softwareList.Status).IsEqualTo("failed");
        await Assert.That(softwareList.Error!).Contains("'nes'");
        await Assert.That(otherList.Status).IsEqualTo("failed");
        await Assert.That(otherList.Error!).Contains("Satellaview");
        await Assert.That(Sql.Scalar<string>(database.Connection, Entries)).IsEqualTo(before);
    }

    [Test]
    public async Task Two_games_of_the_same_name_both_keep_their_roms_with_a_warning()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var path = folder.Write("dup.dat", DatTexts.ClrMamePro("Acme - Thing", [("Same (USA)", "0000000a"), ("Other (USA)", "0000000b"), ("Same (USA)", "0000000c")]));

        var summary = Import(database, path);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(Sql.Scalar<string>(database.Connection,
            "SELECT group_concat(rom_crc32, ',') FROM (SELECT rom_crc32 FROM dat_entry WHERE game_name LIKE 'Same (USA)%' ORDER BY rom_crc32)")).IsEqualTo("0000000a,0000000c");
        await Assert.That(Notes(database, summary)).Contains("listed twice");
        await Assert.That(Sql.Scalar<long>(database.Connection, $"SELECT json_extract(notes, '$.problem_count') FROM import_log WHERE log_id = {summary.RunId}")).IsEqualTo(1L);
    }

    [Test]
    public async Task Invalid_values_are_counted_and_shown_with_their_lines()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var path = folder.Write("bad.dat", """
            clrmamepro (
            	name "Acme - Thing"
            )
            game (
            	name "Hexless (USA)"
            	rom ( name "a.bin" size 4 crc zzzzzzzz sha1 0123 )
            )
            game (
            	name "Negative (USA)"
            	rom ( name "b.bin" size -5 crc 00000002 )
            )
            game (
            	name "Huge (USA)"
            	rom ( name "c.bin" size 100000000000000000000000 crc 00000003 )
            )
            game (
            	name ""
            	rom ( name "d.bin" size 4 crc 00000004 )
            )
            game (
            	name "Fine (USA)"
            	rom ( name "e.bin" size 4 crc 00000005 )
            )
            """);

        var summary = Import(database, path);
        var notes = Notes(database, summary);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(Sql.Scalar<long>(database.Connection, $"SELECT json_extract(notes, '$.problem_count') FROM import_log WHERE log_id = {summary.RunId}")).IsEqualTo(6L);
        await Assert.That(notes).Contains("\"line\":6,\"kind\":\"invalid_value\"");
        await Assert.That(notes).Contains("zzzzzzzz");
        await Assert.That(notes).Contains("\"line\":10,");
        await Assert.That(notes).Contains("-5");
        await Assert.That(notes).Contains("\"line\":16,\"kind\":\"game_skipped\"");
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(4L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry WHERE game_name = ''")).IsEqualTo(0L);
    }

    [Test]
    public async Task A_name_over_one_kilobyte_is_a_problem_not_a_game()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var longName = new string('x', 1100) + " (USA)";
        var path = folder.Write("long.dat", DatTexts.ClrMamePro("Acme - Thing", [(longName, "00000001"), ("Short (USA)", "00000002")]));

        var summary = Import(database, path);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry")).IsEqualTo(1L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT max(length(release_name)) FROM game_release")).IsLessThan(1024L);
        await Assert.That(Notes(database, summary)).Contains("longer than 1024 bytes");
    }

    [Test]
    public async Task Games_known_only_by_description_or_comment_are_imported()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var libretro = folder.Write("libretro.dat", """
            clrmamepro (
            	name "Nintendo - Game Boy"
            )
            game (
            	description "Described (USA)"
            	rom ( name "Described (USA).gb" size 4 crc 00000001 md5 00000000000000000000000000000001 sha1 0000000000000000000000000000000000000001 )
            )
            game (
            	comment "Commented (Europe)"
            	rom ( crc 00000002 )
            )
            """);
        var logiqx = folder.Write("logiqx.xml", """
            <?xml version="1.0"?>
            <datafile><header><name>Nintendo - Game Boy Color</name></header>
            <game><description>Nameless (Japan)</description><rom name="n.gbc" size="4" crc="00000003"/></game>
            </datafile>
            """);

        var first = Import(database, libretro);
        var second = Import(database, logiqx);

        await Assert.That(first.Status).IsEqualTo("completed");
        await Assert.That(first.Games).IsEqualTo(2L);
        await Assert.That(second.Status).IsEqualTo("completed");
        await Assert.That(Sql.Scalar<string>(database.Connection, "SELECT group_concat(game_name, '|') FROM (SELECT game_name FROM dat_entry ORDER BY game_name)"))
            .IsEqualTo("Commented (Europe)|Described (USA)|Nameless (Japan)");
    }

    [Test]
    public async Task An_smdb_names_games_by_file_and_platform_by_first_folder()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var sha256 = new string('a', 64);
        var path = folder.Write("EverDrive GB SMDB.txt",
            $"{sha256}\tNintendo - Game Boy/1 US - A-F/Alpha Quest (USA).gb\t{new string('1', 40)}\t{new string('2', 32)}\t0000000a\n" +
            $"{sha256}\tNintendo - Game Boy/2 EU/Beta Run (Europe).gb\t{new string('3', 40)}\t{new string('4', 32)}\t0000000b\n" +
            "not a line\n");

        var summary = Import(database, path);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(summary.Format).IsEqualTo("smdb");
        await Assert.That(summary.Platform).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(summary.Games).IsEqualTo(2L);
        await Assert.That(Sql.Scalar<string>(database.Connection, "SELECT game_name || '|' || rom_name || '|' || rom_sha1 FROM dat_entry WHERE rom_crc32 = '0000000a'"))
            .IsEqualTo($"Alpha Quest (USA)|Alpha Quest (USA).gb|{new string('1', 40)}");
        await Assert.That(Notes(database, summary)).Contains("\"line\":3,\"kind\":\"line_skipped\"");
    }

    [Test]
    public async Task Odd_roms_are_counted_problems_and_the_import_completes()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var path = folder.Write("odd.xml", """
            <?xml version="1.0"?>
            <datafile><header><name>Acme - Thing</name></header>
            <game name="Twice (USA)">
              <rom name="same.bin" size="4" crc="00000001"/>
              <rom name="same.bin" size="8" crc="00000002"/>
            </game>
            <game name="Hashless (USA)"><rom name="h.bin" size="4"/></game>
            <game name="Undumped (USA)"><rom name="u.bin" size="4" status="nodump"/></game>
            <game name="Fine (USA)"><rom name="f.bin" size="4" crc="00000003"/></game>
            </datafile>
            """);

        var summary = Import(database, path);

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM dat_entry WHERE game_name = 'Twice (USA)'")).IsEqualTo(2L);
        await Assert.That(Sql.Scalar<long>(database.Connection, $"SELECT json_extract(notes, '$.problem_count') FROM import_log WHERE log_id = {summary.RunId}")).IsEqualTo(3L);
        await Assert.That(Notes(database, summary)).Contains("no hash");
    }

    [Test]
    public async Task A_zip_of_several_dats_imports_each()
    {
        using var database = new TestDatabase();
        using var folder = new TempDirectory();
        var zip = new ArchiveFiles(folder).Zip("pack.zip",
            ("a/One.dat", Encoding.UTF8.GetBytes(DatTexts.ClrMamePro("Acme - One", [("A (USA)", "00000001")]))),
            ("b/Two.xml", Encoding.UTF8.GetBytes(DatTexts.ClrMamePro("Acme - Two", [("B (USA)", "00000002")]))));

        var summaries = new DatImporter(database.Connection).ImportEach(zip, null, CancellationToken.None).ToList();

        await Assert.That(summaries.Select(s => s.Status)).IsEquivalentTo(["completed", "completed"]);
        await Assert.That(Sql.Scalar<string>(database.Connection, "SELECT group_concat(name, '|') FROM (SELECT name FROM dat_file ORDER BY name)")).IsEqualTo("Acme - One|Acme - Two");
    }

    [Test]
    public async Task Real_dats_keep_their_counts()
    {
        using var database = new TestDatabase();
        var counts = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Shared, "dats"), "*.dat").Order(StringComparer.Ordinal))
        {
            var summary = Import(database, file);
            counts.Add($"{summary.Status} {summary.Games} {summary.Roms} {summary.EntriesNew} {summary.ProblemCount}");
        }

        // Counts as before issue 11, and nothing new to report but MAME's 79 ROMs that were never dumped: the NES DAT
        // lists each game's headered and headerless dumps in two blocks of one name, which is one game, not a duplicate.
        await Assert.That(counts).IsEquivalentTo(new[]
        {
            "completed 85 85 85 0", "completed 2241 34222 34222 79", "completed 2254 2254 2254 0", "completed 14132 14132 14132 0",
            "completed 4110 4111 4111 0", "completed 1918 1918 1488 0", "completed 295 295 295 0",
        });
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM game_release")).IsEqualTo(17462L);
        await Assert.That(Sql.Scalar<long>(database.Connection, "SELECT count(*) FROM atomic_game_unit")).IsEqualTo(10100L);
    }

    private static DatImportSummary Import(TestDatabase database, string path) =>
        new DatImporter(database.Connection).Import(path, null, CancellationToken.None);

    private static string Notes(TestDatabase database, DatImportSummary summary) =>
        Sql.Scalar<string>(database.Connection, $"SELECT notes FROM import_log WHERE log_id = {summary.RunId}");
}
