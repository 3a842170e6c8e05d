using System.Security.Cryptography;
using System.Text.Json;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class ReportVerbTests
{
    [Test]
    public async Task Report_counts_have_missing_unmatched_and_duplicates_and_fixdat_lists_what_is_missing()
    {
        using var home = new TempDirectory();
        var a = Fixtures.Bytes(100, 1);
        var b1 = Fixtures.Bytes(101, 2);
        var b2 = Fixtures.Bytes(102, 3);
        var c = Fixtures.Bytes(103, 4);
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" version "7" )
            game ( name "Alpha (USA)" rom ( name "Alpha (USA).gb" size 100 sha1 {Sha1(a)} ) )
            game ( name "Beta Set (USA)" rom ( name "b1.gb" size 101 sha1 {Sha1(b1)} ) rom ( name "b2.gb" size 102 sha1 {Sha1(b2)} ) )
            game ( name "Gamma <&> (Japan)" rom ( name "Gamma.gb" size 103 sha1 {Sha1(c)} ) )
            """);
        File.WriteAllBytes(home.Write("lib/Alpha (USA).gb", ""), a);
        File.WriteAllBytes(home.Write("lib/copy/Alpha again.gb", ""), a);
        File.WriteAllBytes(home.Write("lib/beta.zip", ""), Fixtures.Zip(("b1.gb", b1)));
        File.WriteAllBytes(home.Write("lib/Mystery.gb", ""), Fixtures.Bytes(99, 9));
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "gb");
        CliRun.Invoke(home, "scan");

        var report = CliRun.Invoke(home, "report", "--json");
        var text = CliRun.Invoke(home, "report", "--platform", "Game Boy");
        var fixdat = CliRun.Invoke(home, "report", "fixdat", "--dat", "Nintendo - Game Boy", "-o", home.File("fix.dat"), "--json");

        await Assert.That(report.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var document = JsonDocument.Parse(report.Output);
        var dat = document.RootElement.GetProperty("dats")[0];
        await Assert.That(dat.GetProperty("games").GetInt64()).IsEqualTo(3L);
        await Assert.That(dat.GetProperty("games_complete").GetInt64()).IsEqualTo(1L);
        await Assert.That(dat.GetProperty("games_partial").GetInt64()).IsEqualTo(1L);
        await Assert.That(dat.GetProperty("games_missing").GetInt64()).IsEqualTo(1L);
        await Assert.That(dat.GetProperty("roms_have").GetInt64()).IsEqualTo(2L);
        await Assert.That(dat.GetProperty("roms_missing").GetInt64()).IsEqualTo(2L);
        var platform = document.RootElement.GetProperty("platforms")[0];
        await Assert.That(platform.GetProperty("platform").GetString()).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(platform.GetProperty("unmatched").GetInt64()).IsGreaterThanOrEqualTo(1L);
        await Assert.That(platform.GetProperty("duplicates").GetInt64()).IsEqualTo(1L);
        await Assert.That(text.Output).Contains("Nintendo - Game Boy");

        await Assert.That(fixdat.ExitCode).IsEqualTo(ExitCodes.Ok).Because(fixdat.Error);
        using var reader = DatFileOpener.Open(home.File("fix.dat"));
        var missing = reader.Games(CancellationToken.None).ToList();
        await Assert.That(missing.Select(g => g.Name)).IsEquivalentTo(["Beta Set (USA)", "Gamma <&> (Japan)"]);
        await Assert.That(missing.Single(g => g.Name == "Beta Set (USA)").Roms.Single().Sha1).IsEqualTo(Sha1(b2));
    }

    [Test]
    public async Task Files_under_a_removed_root_are_neither_listed_nor_counted_but_a_paused_root_still_counts()
    {
        using var home = new TempDirectory();
        var a = Fixtures.Bytes(100, 1);
        var c = Fixtures.Bytes(103, 4);
        home.Write("gb.dat", $"""
            clrmamepro ( name "Nintendo - Game Boy" version "7" )
            game ( name "Alpha (USA)" rom ( name "Alpha (USA).gb" size 100 sha1 {Sha1(a)} ) )
            game ( name "Gamma (Japan)" rom ( name "Gamma.gb" size 103 sha1 {Sha1(c)} ) )
            """);
        File.WriteAllBytes(home.Write("main/Alpha (USA).gb", ""), a);
        File.WriteAllBytes(home.Write("old/Alpha copy.gb", ""), a);
        File.WriteAllBytes(home.Write("old/Gamma.gb", ""), c);
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("main"), "--platform", "gb");
        CliRun.Invoke(home, "roots", "add", home.File("old"), "--platform", "gb");
        CliRun.Invoke(home, "scan");
        var before = Counts(CliRun.Invoke(home, "report", "--json"));

        CliRun.Invoke(home, "roots", "remove", "old");
        CliRun.Invoke(home, "roots", "pause", "main");
        var after = Counts(CliRun.Invoke(home, "report", "--json"));
        var files = CliRun.Invoke(home, "files", "--json");
        var removedRoot = CliRun.Invoke(home, "files", "--root", "old");

        await Assert.That(before).IsEqualTo((Complete: 2L, Missing: 0L, Duplicates: 1L));
        await Assert.That(after).IsEqualTo((Complete: 1L, Missing: 1L, Duplicates: 0L)).Because("old is removed; main is only paused");
        using var listed = JsonDocument.Parse(files.Output);
        await Assert.That(listed.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("root").GetString() + "/" + f.GetProperty("path").GetString()))
            .IsEquivalentTo(["main/Alpha (USA).gb"]);
        await Assert.That(removedRoot.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(removedRoot.Error).Contains("root 'old' was removed");
        using var fixdat = DatFileOpener.Open(WriteFixdat(home));
        await Assert.That(fixdat.Games(CancellationToken.None).Select(g => g.Name)).IsEquivalentTo(["Gamma (Japan)"]);
    }

    private static (long Complete, long Missing, long Duplicates) Counts(CliRun report)
    {
        using var document = JsonDocument.Parse(report.Output);
        var dat = document.RootElement.GetProperty("dats")[0];
        var duplicates = document.RootElement.GetProperty("platforms").EnumerateArray().Sum(p => p.GetProperty("duplicates").GetInt64());
        return (dat.GetProperty("games_complete").GetInt64(), dat.GetProperty("games_missing").GetInt64(), duplicates);
    }

    private static string WriteFixdat(TempDirectory home)
    {
        CliRun.Invoke(home, "report", "fixdat", "--dat", "Nintendo - Game Boy", "-o", home.File("fix.dat"));
        return home.File("fix.dat");
    }

    [Test]
    public async Task Fixdat_for_an_unknown_dat_fails_clearly()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "report", "fixdat", "--dat", "Nope", "-o", home.File("x.dat"));

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("no imported DAT is named 'Nope'");
        await Assert.That(File.Exists(home.File("x.dat"))).IsFalse();
    }

    private static string Sha1(byte[] data) => Convert.ToHexStringLower(SHA1.HashData(data));
}
