using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RomCurator.Tests.Core.Dats;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>`dat import DIR`, `dat list` and `dat remove` (issue 11, item 13).</summary>
public sealed class DatVerbTests
{
    [Test]
    public async Task A_folder_imports_every_dat_under_it_and_one_bad_dat_is_one_line()
    {
        using var home = new TempDirectory();
        home.Write("dats/One.dat", DatTexts.ClrMamePro("Acme - One", [("A (USA)", "00000001")]));
        home.Write("dats/deeper/Two.xml", """
            <?xml version="1.0"?>
            <datafile><header><name>Acme - Two</name><version>2</version></header>
            <game name="B (USA)"><rom name="b.bin" size="4" crc="00000002"/></game>
            </datafile>
            """);
        Directory.CreateDirectory(home.File("dats/deeper"));
        new ArchiveFiles(home).Zip("dats/deeper/pack.zip",
            ("Three.dat", Encoding.UTF8.GetBytes(DatTexts.ClrMamePro("Acme - Three", [("C (USA)", "00000003")]))),
            ("Four.dat", Encoding.UTF8.GetBytes(DatTexts.ClrMamePro("Acme - Four", [("D (USA)", "00000004")]))));
        home.Write("dats/Broken.dat", "this is not a DAT");
        home.Write("dats/readme.txt", "not looked at");

        var run = CliRun.Invoke(home, "dat", "import", home.File("dats"));
        var list = CliRun.Invoke(home, "dat", "list", "--json");
        using var listed = JsonDocument.Parse(list.Output);

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error.Trim().Split('\n').Length).IsEqualTo(1);
        await Assert.That(run.Error).StartsWith("romcurator: Broken.dat: ");
        await Assert.That(run.Output.Trim().Split('\n').Length).IsEqualTo(4);
        await Assert.That(run.Output).Contains("deeper/pack.zip#Four.dat: 'Acme - Four'");
        await Assert.That(listed.RootElement.GetProperty("dats").EnumerateArray().Select(d => d.GetProperty("name").GetString()!))
            .IsEquivalentTo(["Acme - Four", "Acme - One", "Acme - Three", "Acme - Two"]);
    }

    [Test]
    public async Task List_shows_each_dat_with_its_version_entries_and_what_the_library_has()
    {
        using var home = new TempDirectory();
        var have = Encoding.ASCII.GetBytes("have");
        home.Write("lib/Have (USA).bin", "have");
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" version "20260101" )
            game ( name "Have (USA)" rom ( name "Have (USA).gb" size 4 crc {Crc32.HashToUInt32(have):x8} sha1 {Convert.ToHexStringLower(SHA1.HashData(have))} ) )
            game ( name "Lack (USA)" rom ( name "Lack (USA).gb" size 4 crc 00000009 ) )
            """);
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        CliRun.Invoke(home, "scan");

        var text = CliRun.Invoke(home, "dat", "list");
        var json = CliRun.Invoke(home, "dat", "list", "--json");
        var dat = JsonDocument.Parse(json.Output).RootElement.GetProperty("dats")[0];

        await Assert.That(text.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(text.Output).Contains("Nintendo - Game Boy");
        await Assert.That(text.Output).Contains("20260101");
        await Assert.That(text.Output).Contains("1 (50%)");
        await Assert.That(dat.GetProperty("version").GetString()).IsEqualTo("20260101");
        await Assert.That(dat.GetProperty("platform").GetString()).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(dat.GetProperty("entries").GetInt64()).IsEqualTo(2L);
        await Assert.That(dat.GetProperty("games_have").GetInt64()).IsEqualTo(1L);
        await Assert.That(dat.GetProperty("games_missing").GetInt64()).IsEqualTo(1L);
    }

    [Test]
    public async Task Remove_asks_then_takes_the_dat_and_its_links_and_leaves_the_library_alone()
    {
        using var home = new TempDirectory();
        var content = Encoding.ASCII.GetBytes("keep");
        var file = home.Write("lib/Keep (USA).bin", "keep");
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" )
            game ( name "Keep (USA)" rom ( name "Keep (USA).gb" size 4 crc {Crc32.HashToUInt32(content):x8} ) )
            """);
        home.Write("gb2.dat", DatTexts.ClrMamePro("Acme - Other", [("Other (USA)", "00000007")]));
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"), home.File("gb2.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        CliRun.Invoke(home, "scan");
        var linkedBefore = Links(home);

        var unattended = CliRun.Invoke(home, "dat", "remove", "Nintendo - Game Boy");
        var declined = CliRun.Answering(home, "n\n", "dat", "remove", "Nintendo - Game Boy");
        var unknown = CliRun.Invoke(home, "dat", "remove", "No Such DAT", "--yes");
        var removed = CliRun.Invoke(home, "dat", "remove", "nintendo - game boy", "--yes");
        var list = CliRun.Invoke(home, "dat", "list", "--json");

        await Assert.That(linkedBefore).IsEqualTo(1L);
        await Assert.That(unattended.ExitCode).IsEqualTo(ExitCodes.Usage);
        await Assert.That(declined.ExitCode).IsEqualTo(ExitCodes.Cancelled);
        await Assert.That(unknown.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(unknown.Error).StartsWith("romcurator: no DAT named 'No Such DAT'");
        await Assert.That(removed.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(removed.Output).Contains("1 entry, 1 file link");
        await Assert.That(Links(home)).IsEqualTo(0L);
        await Assert.That(File.ReadAllText(file)).IsEqualTo("keep");
        await Assert.That(Count(home, "SELECT count(*) FROM file_instance WHERE status = 'present'")).IsEqualTo(1L);
        await Assert.That(Count(home, "SELECT count(*) FROM game_release WHERE release_name = 'Keep (USA)'")).IsEqualTo(0L);
        await Assert.That(JsonDocument.Parse(list.Output).RootElement.GetProperty("dats").EnumerateArray().Select(d => d.GetProperty("name").GetString()!))
            .IsEquivalentTo(["Acme - Other"]);
    }

    private static long Links(TempDirectory home) => Count(home, "SELECT count(*) FROM dat_atomic_link WHERE rom_id IS NOT NULL");

    private static long Count(TempDirectory home, string sql)
    {
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        return Sql.Scalar<long>(connection, sql);
    }
}
