using System.Security.Cryptography;
using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class FilesVerbTests
{
    [Test]
    public async Task Files_json_lists_instances_and_members_with_their_match_state()
    {
        using var home = new TempDirectory();
        var known = Fixtures.Bytes(300, 1);
        var inner = Fixtures.Bytes(400, 2);
        File.WriteAllBytes(home.Write("lib/Known (USA).gb", ""), known);
        File.WriteAllBytes(home.Write("lib/pack.zip", ""), Fixtures.Zip(("Inner Game (Europe).gb", inner), ("nested.zip", Fixtures.Zip(("deep.gb", known)))));
        File.WriteAllBytes(home.Write("lib/Tetris (World).gb", ""), Fixtures.Bytes(50, 3));
        File.WriteAllBytes(home.Write("lib/Totally Unknown.gb", ""), Fixtures.Bytes(60, 4));
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" version "1" )
            game ( name "Known (USA)" rom ( name "Known (USA).gb" size 300 sha1 {Sha1(known)} ) )
            game ( name "Inner Game (Europe)" rom ( name "Inner Game (Europe).gb" size 400 sha1 {Sha1(inner)} ) )
            game ( name "Tetris (World)" rom ( name "Tetris (World).gb" size 50 crc 00000001 ) )
            game ( name "Tetris 2 (World)" rom ( name "Tetris 2 (World).gb" size 50 crc 00000002 ) )
            """);
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");

        var run = CliRun.Invoke(home, "files", "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var document = JsonDocument.Parse(run.Output);
        var files = document.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
        foreach (var key in new[] { "path", "sha1", "crc32", "size", "status", "match", "dat_game", "confidence", "linked" })
        {
            await Assert.That(files["Known (USA).gb"].TryGetProperty(key, out _)).IsTrue().Because(key);
        }

        await Assert.That(files.Keys.Order()).IsEquivalentTo([
            "Known (USA).gb", "Tetris (World).gb", "Totally Unknown.gb", "pack.zip", "pack.zip#Inner Game (Europe).gb", "pack.zip#nested.zip", "pack.zip#nested.zip#deep.gb",
        ]);
        await Assert.That(files["Known (USA).gb"].GetProperty("match").GetString()).IsEqualTo("hash");
        await Assert.That(files["Known (USA).gb"].GetProperty("linked").GetBoolean()).IsTrue();
        await Assert.That(files["pack.zip#Inner Game (Europe).gb"].GetProperty("match").GetString()).IsEqualTo("hash");
        await Assert.That(files["pack.zip#Inner Game (Europe).gb"].GetProperty("dat_game").GetString()).IsEqualTo("Inner Game (Europe)");
        await Assert.That(files["pack.zip#nested.zip#deep.gb"].GetProperty("match").GetString()).IsEqualTo("hash");
        await Assert.That(files["Tetris (World).gb"].GetProperty("match").GetString()).IsEqualTo("title");
        await Assert.That(files["Totally Unknown.gb"].GetProperty("match").GetString()).IsEqualTo("none");
        await Assert.That(files["Totally Unknown.gb"].GetProperty("dat_game").ValueKind).IsEqualTo(JsonValueKind.Null);
        await Assert.That(files["pack.zip"].GetProperty("status").GetString()).IsEqualTo("present");
    }

    [Test]
    public async Task Suggestions_show_as_candidates()
    {
        using var home = new TempDirectory();
        File.WriteAllBytes(home.Write("lib/Tetris.gb", ""), Fixtures.Bytes(50, 3));
        home.Write("gb.dat", """
            clrmamepro ( name "Nintendo - Game Boy" version "1" )
            game ( name "Tetris (World) (Rev 1)" rom ( name "a.gb" size 50 crc 00000001 ) )
            game ( name "Tetris (Japan)" rom ( name "b.gb" size 50 crc 00000002 ) )
            """);
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "config", "show");
        home.Write("config/romcurator/config.json", """{ "matching": { "reviewThreshold": 0.93, "autoLinkThreshold": 0.95 } }""");
        CliRun.Invoke(home, "scan");

        var run = CliRun.Invoke(home, "files", "--json");

        using var document = JsonDocument.Parse(run.Output);
        var file = document.RootElement.GetProperty("files")[0];
        await Assert.That(file.GetProperty("match").GetString()).IsEqualTo("candidate");
        await Assert.That(file.GetProperty("confidence").GetDouble()).IsLessThan(0.93);
        await Assert.That(file.GetProperty("linked").GetBoolean()).IsFalse();
    }

    [Test]
    public async Task An_unknown_root_is_an_error()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "files", "--root", "nope");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
    }

    [Test]
    public async Task A_scan_problem_names_a_nested_member_exactly_as_files_lists_it()
    {
        using var home = new TempDirectory();
        var files = new ArchiveFiles(home);
        var level4 = File.ReadAllBytes(files.Zip("l4.zip", ("bottom.nes", Fixtures.Bytes(200, 5))));
        var level3 = File.ReadAllBytes(files.Zip("l3.zip", ("sub/l4.zip", level4)));
        var level2 = File.ReadAllBytes(files.Zip("l2.zip", ("l3.zip", level3)));
        File.WriteAllBytes(home.Write("lib/nested.zip", ""), File.ReadAllBytes(files.Zip("nested.zip", ("l2.zip", level2))));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));

        var scan = CliRun.Invoke(home, "scan", "--json");
        var listing = CliRun.Invoke(home, "files", "--json");

        using var summary = JsonDocument.Parse(scan.Output);
        var problem = summary.RootElement.GetProperty("problems").EnumerateArray().Single();
        using var listed = JsonDocument.Parse(listing.Output);
        var paths = listed.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        await Assert.That(problem.GetProperty("kind").GetString()).IsEqualTo("depth_limit");
        await Assert.That(problem.GetProperty("path").GetString()).IsEqualTo("nested.zip#l2.zip#l3.zip#sub/l4.zip");
        await Assert.That(paths).Contains("nested.zip#l2.zip#l3.zip#sub/l4.zip");
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Scalar<string>(connection, "SELECT source_path FROM file_operation_log WHERE operation_type = 'error'"))
            .IsEqualTo("nested.zip#l2.zip#l3.zip#sub/l4.zip");
    }

    private static string Sha1(byte[] data) => Convert.ToHexStringLower(SHA1.HashData(data));
}
