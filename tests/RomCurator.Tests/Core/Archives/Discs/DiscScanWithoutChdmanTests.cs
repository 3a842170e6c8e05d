using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>
/// Issue 14's done-when, end to end: the real program, run with a PATH on which there is no chdman (nor any other
/// tool), scans a folder of CHDs made by chdman from Redump-style sets and matches its DAT by hash, track by track,
/// and its report counts both games complete.
/// </summary>
public sealed class DiscScanWithoutChdmanTests
{
    [Test]
    public async Task The_program_without_chdman_on_its_path_matches_a_folder_of_chds_track_by_track()
    {
        DiscSets.SkipWithoutChdman();

        using var home = new TempDirectory();
        using var work = new TempDirectory();
        var library = Directory.CreateDirectory(Path.Combine(home.Path, "psx")).FullName;
        var games = new Dictionary<string, Dictionary<string, byte[]>>
        {
            ["Disc One (Europe)"] = DiscSets.CdSet("Disc One (Europe)"),
            ["Disc Two (Japan)"] = DiscSets.CdSet("Disc Two (Japan)"),
        };
        // Other content than the first game's (CdSet's tracks depend on its seeds, not on the name).
        games["Disc Two (Japan)"]["Disc Two (Japan) (Track 1).bin"] = DiscSets.Mode1Track(0, 290, 21);
        games["Disc Two (Japan)"]["Disc Two (Japan) (Track 2).bin"] = DiscSets.AudioTrack(180, 11);
        games["Disc Two (Japan)"]["Disc Two (Japan) (Track 3).bin"] = DiscSets.Mode2Track(120, 23);
        var dat = new StringBuilder("""<?xml version="1.0"?><datafile><header><name>Sony - PlayStation</name><version>1</version></header>""");
        foreach (var (game, set) in games)
        {
            DiscSets.WriteAll(work, set);
            DiscSets.Chdman("createcd", "-i", work.File(game + ".cue"), "-o", Path.Combine(library, game + ".chd"));
            dat.Append($"""<game name="{game}"><description>{game}</description>""");
            dat.Append(DatRomLines.Of(set)).Append("</game>");
        }

        File.WriteAllText(work.File("psx.dat"), dat.Append("</datafile>").ToString());
        var noTools = new Dictionary<string, string> { ["PATH"] = Path.Combine(work.Path, "no-tools") };

        await Assert.That(Run(home, noTools, "dat", "import", work.File("psx.dat")).ExitCode).IsEqualTo(0);
        await Assert.That(Run(home, noTools, "roots", "add", library).ExitCode).IsEqualTo(0);
        await Assert.That(Run(home, noTools, "scan").ExitCode).IsEqualTo(0);
        var files = JsonDocument.Parse(Run(home, noTools, "files", "--json").Output).RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f);

        foreach (var (game, set) in games)
        {
            foreach (var (name, content) in set)
            {
                var member = files[$"{game}.chd#{name}"];
                await Assert.That(member.GetProperty("match").GetString()).IsEqualTo("hash");
                await Assert.That(member.GetProperty("dat_game").GetString()).IsEqualTo(game);
                await Assert.That(member.GetProperty("sha1").GetString()).IsEqualTo(Convert.ToHexStringLower(SHA1.HashData(content)));
            }
        }

        var report = JsonDocument.Parse(Run(home, noTools, "report", "--json").Output).RootElement;
        await Assert.That(report.GetProperty("dats")[0].GetProperty("games_complete").GetInt64()).IsEqualTo(2L);
        var discs = report.GetProperty("discs").EnumerateArray().ToList();
        await Assert.That(discs.Count).IsEqualTo(2);
        await Assert.That(discs.Select(d => d.GetProperty("summary").GetString() ?? "")).IsEquivalentTo(["complete", "complete"]);
    }

    private static ProcessResult Run(TempDirectory home, Dictionary<string, string> environment, params string[] args)
    {
        var result = RomCuratorProcess.Run(home.Path, args, environment);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"romcurator {string.Join(' ', args)} exited {result.ExitCode}: {result.Error}");
        }

        return result;
    }
}
