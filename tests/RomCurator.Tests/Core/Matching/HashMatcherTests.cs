using System.IO.Hashing;
using System.Security.Cryptography;
using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Matching;

public sealed class HashMatcherTests
{
    [Test]
    public async Task A_scan_links_files_a_dat_knows_by_sha1_md5_or_crc_and_size()
    {
        using var fixture = new ScanFixture();
        var bySha1 = Fixtures.Bytes(1000, 1);
        var byMd5 = Fixtures.Bytes(1001, 2);
        var byCrc = Fixtures.Bytes(1002, 3);
        var zipped = Fixtures.Bytes(1003, 4);
        var unknown = Fixtures.Bytes(1004, 5);
        var dat = fixture.Write("../dat.xml", $"""
            <?xml version="1.0"?>
            <datafile><header><name>Nintendo - Game Boy</name><version>1</version></header>
            <game name="Sha Game (USA)"><rom name="Sha Game (USA).gb" size="1000" sha1="{Sha1(bySha1)}"/></game>
            <game name="Md5 Game (Europe)"><rom name="Md5 Game (Europe).gb" size="1001" md5="{Md5(byMd5)}"/></game>
            <game name="Crc Game (Japan)"><rom name="Crc Game (Japan).gb" size="1002" crc="{Crc(byCrc)}"/></game>
            <game name="Zip Game (World)"><rom name="Zip Game (World).gb" size="1003" sha1="{Sha1(zipped)}"/></game>
            </datafile>
            """);
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        fixture.Write("a.gb", bySha1);
        fixture.Write("b.gb", byMd5);
        fixture.Write("c.gb", byCrc);
        fixture.Write("d.zip", Fixtures.Zip(("inner.gb", zipped)));
        fixture.Write("e.gb", unknown);
        fixture.AddRoot();

        var summary = fixture.Scan();
        var again = fixture.Scan();

        await Assert.That(summary.MatchedHash).IsEqualTo(4L);
        await Assert.That(again.MatchedHash).IsEqualTo(0L);
        await Assert.That(fixture.Column("""
            SELECT r.filename || '=' || e.game_name || '|' || l.match_type || '|' || l.confidence || '|' || (l.log_id = {0})
            FROM dat_atomic_link l JOIN rom_file r ON r.rom_id = l.rom_id JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            ORDER BY r.filename
            """.Replace("{0}", summary.RunId.ToString())))
            .IsEquivalentTo(["a.gb=Sha Game (USA)|automatic|1.0|1", "b.gb=Md5 Game (Europe)|automatic|1.0|1", "c.gb=Crc Game (Japan)|automatic|1.0|1", "inner.gb=Zip Game (World)|automatic|1.0|1"]);
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM release_artifact")).IsEqualTo(4L);
    }

    [Test]
    public async Task Without_the_auto_link_preference_no_title_match_is_linked_to_a_release_but_hash_matches_are()
    {
        using var fixture = new ScanFixture("""{ "matching": { "autoLinkHighConfidence": false } }""");
        var rom = Fixtures.Bytes(500, 9);
        var dat = fixture.Write("../dat.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" )
            game ( name "G (USA)" rom ( name "G (USA).gb" size 500 sha1 {Sha1(rom)} ) )
            game ( name "Hello World (USA)" rom ( name "Hello World (USA).gb" size 1 crc 00000001 ) )
            """);
        using (var connection = fixture.Open())
        {
            new DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        fixture.Write("g.gb", rom);
        fixture.Write("Hello World (USA).gb", Fixtures.Bytes(600, 10));
        fixture.AddRoot(platform: "gb");

        var summary = fixture.Scan();

        await Assert.That(summary.MatchedHash).IsEqualTo(1L);
        await Assert.That(fixture.Column("SELECT f.relative_path FROM release_artifact a JOIN file_instance f ON f.rom_id = a.rom_id"))
            .IsEquivalentTo(["g.gb"]).Because("a hash match is exact; the preference is about title matches");
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM ingestion_candidate c JOIN file_instance f ON f.rom_id = c.rom_id WHERE f.relative_path = 'Hello World (USA).gb'"))
            .IsGreaterThan(0L).Because("without the preference even an exact title match waits for review");
        using var connection2 = fixture.Open();
        var plan = new RomCurator.Core.Organizer.OrganizerPlanner(connection2, fixture.Settings.Settings.Organizer).Plan();
        await Assert.That(plan.Items.Single(i => i.From == "g.gb").Action).IsEqualTo("move");
    }

    [Test]
    public async Task The_match_verb_links_files_scanned_before_the_dat_was_imported()
    {
        using var home = new TempDirectory();
        var rom = Fixtures.Bytes(700, 11);
        home.Write("lib/x.gb", "");
        File.WriteAllBytes(home.File("lib/x.gb"), rom);
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        var scan = CliRun.Invoke(home, "scan", "--json");
        home.Write("gb.dat", $"clrmamepro ( name \"Nintendo - Game Boy\" )\ngame ( name \"X (USA)\" rom ( name \"X (USA).gb\" size 700 sha1 {Sha1(rom)} ) )\n");
        var import = CliRun.Invoke(home, "dat", "import", home.File("gb.dat"), "--json");

        var match = CliRun.Invoke(home, "match", "--json");

        await Assert.That(scan.Output).Contains("\"matched_hash\":0");
        await Assert.That(import.ExitCode).IsEqualTo(0);
        await Assert.That(import.Output).Contains("\"entries_new\":1");
        await Assert.That(match.ExitCode).IsEqualTo(0);
        await Assert.That(match.Output).Contains("\"matched_hash\":1");
    }

    private static string Sha1(byte[] data) => Convert.ToHexStringLower(SHA1.HashData(data));

    private static string Md5(byte[] data) => Convert.ToHexStringLower(MD5.HashData(data));

    private static string Crc(byte[] data) => Crc32.HashToUInt32(data).ToString("x8");
}
