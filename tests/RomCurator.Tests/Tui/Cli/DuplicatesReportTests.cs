using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>`report duplicates`: contents present more than once, loose and in archives, what a cleanup would free; nothing is touched.</summary>
public sealed class DuplicatesReportTests
{
    [Test]
    public async Task Copies_loose_and_in_archives_are_listed_with_the_bytes_extra_loose_copies_hold()
    {
        using var home = new TempDirectory();
        var twice = Fixtures.Bytes(4096, 1);
        File.WriteAllBytes(home.Write("lib/a.nes", ""), twice);
        File.WriteAllBytes(home.Write("lib/backup/a copy.nes", ""), twice);
        File.WriteAllBytes(home.Write("lib/pack.zip", ""), Fixtures.Zip(("x.nes", twice), ("once.nes", Fixtures.Bytes(2048, 2))));
        File.WriteAllBytes(home.Write("lib/single.nes", ""), Fixtures.Bytes(1024, 3));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");
        var before = Directory.GetFiles(home.File("lib"), "*", SearchOption.AllDirectories).Order().ToList();

        var json = CliRun.Invoke(home, "report", "duplicates", "--json");
        var text = CliRun.Invoke(home, "report", "duplicates");
        using var document = JsonDocument.Parse(json.Output);
        var groups = document.RootElement.GetProperty("groups");

        await Assert.That(json.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(groups.GetArrayLength()).IsEqualTo(1);
        await Assert.That(groups[0].GetProperty("copies").EnumerateArray().Select(c => c.GetString()!).ToList())
            .IsEquivalentTo(["lib/a.nes", "lib/backup/a copy.nes", "lib/pack.zip#x.nes"]);
        await Assert.That(groups[0].GetProperty("size").GetInt64()).IsEqualTo(4096L);
        await Assert.That(groups[0].GetProperty("loose_copies").GetInt32()).IsEqualTo(2);
        await Assert.That(document.RootElement.GetProperty("reclaimable_bytes").GetInt64()).IsEqualTo(8192L);
        await Assert.That(text.Output).Contains("1 contents present more than once, 3 copies; removing extra loose copies would free 8.0 KiB (nothing is deleted)");
        await Assert.That(text.Output).Contains("    lib/pack.zip#x.nes");
        await Assert.That(Directory.GetFiles(home.File("lib"), "*", SearchOption.AllDirectories).Order().ToList()).IsEquivalentTo(before);
    }

    [Test]
    public async Task Copies_of_one_gz_under_other_names_are_two_copies_each_listing_one_member()
    {
        // A gz without a stored name names its member after the file: the copies must not list each other's names.
        using var home = new TempDirectory();
        var archives = new ArchiveFiles(home);
        var content = Fixtures.Bytes(4096, 7);
        Directory.CreateDirectory(home.File("lib/backup"));
        archives.Gzip("lib/Game.nes.gz", content);
        File.Copy(home.File("lib/Game.nes.gz"), home.File("lib/backup/Game (copy).nes.gz"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");
        CliRun.Invoke(home, "scan");

        var json = CliRun.Invoke(home, "report", "duplicates", "--json");
        using var document = JsonDocument.Parse(json.Output);
        var copies = document.RootElement.GetProperty("groups").EnumerateArray()
            .Select(g => g.GetProperty("copies").EnumerateArray().Select(c => c.GetString()!).Order().ToList()).ToList();

        await Assert.That(json.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(copies.Count).IsEqualTo(2);
        await Assert.That(copies.Select(c => c.Count).ToList()).IsEquivalentTo([2, 2]);
        await Assert.That(copies.SelectMany(c => c).Count(c => c.Contains('#'))).IsEqualTo(2);
    }

    [Test]
    public async Task A_library_without_copies_says_so()
    {
        using var home = new TempDirectory();
        File.WriteAllBytes(home.Write("lib/a.nes", ""), Fixtures.Bytes(1024, 1));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");

        var text = CliRun.Invoke(home, "report", "duplicates");

        await Assert.That(text.Output).Contains("no content is present more than once");
    }
}
