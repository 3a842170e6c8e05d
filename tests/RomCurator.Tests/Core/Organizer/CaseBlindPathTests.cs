using System.Text;
using RomCurator.Core.Organizer;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;
using static RomCurator.Tests.Core.Organizer.MultiFilePlacementTests;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// Letter case, as a case-insensitive share (SMB, exFAT on a NAS) sees it: a cue naming "Track 1.BIN" finds
/// "track 1.bin" beside it, and two files whose destinations differ only in case collide (the second is a conflict
/// that says so). A case-sensitive file system that really holds both spellings keeps them two files: the one the
/// cue names exactly is its track, the other a file of its own (one conflict when it wants the same place).
/// </summary>
public sealed class CaseBlindPathTests
{
    private static readonly string[] StuckTracks = ["Stuck (USA) (Track 1).bin", "Stuck (USA) (Track 2).bin"];

    [Test]
    public async Task A_cue_finds_its_tracks_in_another_letter_case_and_none_of_them_moves_when_one_cannot()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        Disc(home, dat, "incoming/stuck", "Stuck (USA)", "Stuck (USA).cue", StuckTracks, seed: 5);
        foreach (var track in StuckTracks)
        {
            File.Move(home.File("lib/incoming/stuck/" + track), home.File("lib/incoming/stuck/" + track.ToLowerInvariant()));
        }

        Setup(home, dat, "{title}{ext}");
        // Something of the user's already sits where track 2 goes: that track cannot move, so neither may the cue nor track 1.
        home.Write("lib/Stuck (USA) (Track 2).bin", "the user's own file");

        var plan = Plan(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        var disc = plan.Where(line => line.From.StartsWith("incoming/stuck/", StringComparison.Ordinal)).ToList();
        await Assert.That(disc.Count).IsEqualTo(3).Because(string.Join("\n", plan));
        await Assert.That(disc.Where(line => line.Action == "move")).IsEmpty().Because(string.Join("\n", plan));
        await Assert.That(disc.Single(line => line.From.EndsWith(".cue", StringComparison.Ordinal)).Reason!)
            .StartsWith("the cue sheet 'incoming/stuck/Stuck (USA).cue' and the files it names");
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(Directory.GetFiles(home.File("lib/incoming/stuck")).Length).IsEqualTo(3);
    }

    [Test]
    public async Task Two_destinations_that_differ_only_in_letter_case_are_one_path_the_second_is_a_conflict_that_says_so()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        var first = Fixtures.Bytes(4096, 71);
        var second = Fixtures.Bytes(4096, 72);
        dat.Append(Game("Alpha (USA)", first)).Append(Game("ALPHA (USA)", second));
        File.WriteAllBytes(home.Write("lib/incoming/a.iso", ""), first);
        File.WriteAllBytes(home.Write("lib/incoming/b.iso", ""), second);
        Setup(home, dat, "{title}{ext}");

        var plan = Plan(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(plan.Select(line => $"{line.Action} {line.From} -> {line.To}").ToList()).IsEquivalentTo(new[]
        {
            "move incoming/a.iso -> Alpha (USA).iso",
            "conflict incoming/b.iso -> ALPHA (USA).iso",
        }).Because(string.Join("\n", plan));
        await Assert.That(plan.Single(line => line.Action == "conflict").Reason).IsEqualTo(ClaimedPaths.SamePathButCase);
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(File.Exists(home.File("lib/incoming/b.iso"))).IsTrue();
    }

    [Test]
    public async Task When_both_spellings_exist_the_exact_one_is_the_cues_track_and_the_other_is_one_conflict()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        Disc(home, dat, "incoming/quest", "Quest (USA)", "Quest (USA).cue", ["Quest (USA) (Track 1).bin", "Quest (USA) (Track 2).bin"], seed: 1);
        File.Copy(home.File("lib/incoming/quest/Quest (USA) (Track 1).bin"), home.File("lib/incoming/quest/quest (usa) (track 1).bin"));
        Setup(home, dat, "{title}{ext}");

        var plan = Plan(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(plan.Count(line => line.Action == "move")).IsEqualTo(3).Because(string.Join("\n", plan));
        var other = plan.Single(line => line.From == "incoming/quest/quest (usa) (track 1).bin");
        await Assert.That(other.Action).IsEqualTo("conflict");
        await Assert.That(other.Reason).IsEqualTo(ClaimedPaths.SamePath);
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(MissingTracks(home.File("lib/Quest (USA).cue"))).IsEmpty();
    }

    private static string Game(string name, byte[] content) =>
        $"\t<game name=\"{name}\">\n\t\t<description>{name}</description>\n" +
        $"\t\t<rom name=\"{name}.iso\" size=\"{content.Length}\" crc=\"{Fixtures.Crc32Hex(content)}\" sha1=\"{Fixtures.Sha1Hex(content)}\"/>\n\t</game>\n";
}
