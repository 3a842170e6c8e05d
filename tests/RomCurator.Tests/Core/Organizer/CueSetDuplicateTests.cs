using System.Text;
using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tests.Tui.Cli;
using RomCurator.Tui.Cli;
using static RomCurator.Tests.Core.Organizer.MultiFilePlacementTests;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// organizer.duplicates = move with loose cue sheets: a cue set (the sheet and the files it names) moves as a whole or
/// not at all. A file a cue names is kept over a loose copy elsewhere; two tracks of one set with the same bytes are
/// both kept; a set that is a copy of another goes to _duplicates whole; a set only some files of which are extra
/// copies stays where it is with one reason. The plan, the apply and the undo agree, with real files on disk.
/// </summary>
public sealed class CueSetDuplicateTests
{
    private const string MoveDuplicates = ", \"duplicates\": \"move\"";

    private static readonly string[] QuestTracks = ["Quest (USA) (Track 1).bin", "Quest (USA) (Track 2).bin", "Quest (USA) (Track 3).bin"];

    [Test]
    public async Task A_loose_copy_of_a_track_goes_to_the_duplicates_folder_and_the_set_moves_whole()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        Disc(home, dat, "incoming/quest", "Quest (USA)", "Quest (USA).cue", QuestTracks, seed: 1);
        // A shorter path than the track's: before, the track was the extra copy and left its cue behind.
        File.Copy(home.File("lib/incoming/quest/Quest (USA) (Track 1).bin"), home.File("lib/t1.bin"));
        Setup(home, dat, "{title}{ext}", MoveDuplicates);
        var before = OrganizeVerbTests.Snapshot(home);

        var plan = Plan(home);
        var (apply, runId) = Apply(home);
        var afterApply = OrganizeVerbTests.Snapshot(home);
        var missing = MissingTracks(home.File("lib/Quest (USA).cue"));
        var undo = CliRun.Invoke(home, "organize", "--undo", runId, "--yes");

        await Assert.That(plan.Select(line => $"{line.Action} {line.From} -> {line.To}").Order(StringComparer.Ordinal).ToList()).IsEquivalentTo(new[]
        {
            "move incoming/quest/Quest (USA) (Track 1).bin -> Quest (USA) (Track 1).bin",
            "move incoming/quest/Quest (USA) (Track 2).bin -> Quest (USA) (Track 2).bin",
            "move incoming/quest/Quest (USA) (Track 3).bin -> Quest (USA) (Track 3).bin",
            "move incoming/quest/Quest (USA).cue -> Quest (USA).cue",
            "move t1.bin -> _duplicates/t1.bin",
        }).Because(string.Join("\n", plan));
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(missing).IsEmpty();
        await Assert.That(afterApply.Keys).Contains("_duplicates/t1.bin");
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok).Because(undo.Output + undo.Error);
        await Assert.That(OrganizeVerbTests.Snapshot(home)).IsEquivalentTo(before);
    }

    [Test]
    public async Task A_set_that_copies_another_goes_to_the_duplicates_folder_whole_and_its_cue_still_finds_its_tracks()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        Disc(home, dat, "incoming/quest", "Quest (USA)", "Quest (USA).cue", QuestTracks, seed: 1);
        Directory.CreateDirectory(home.File("lib/old/quest"));
        foreach (var file in Directory.GetFiles(home.File("lib/incoming/quest")))
        {
            File.Copy(file, home.File("lib/old/quest/" + Path.GetFileName(file)));
        }

        Setup(home, dat, "{title}{ext}", MoveDuplicates);
        var before = OrganizeVerbTests.Snapshot(home);

        var plan = Plan(home);
        var (apply, runId) = Apply(home);
        var missing = MissingTracks(home.File("lib/Quest (USA).cue")).Concat(MissingTracks(home.File("lib/_duplicates/incoming/quest/Quest (USA).cue"))).ToList();
        var undo = CliRun.Invoke(home, "organize", "--undo", runId, "--yes");

        await Assert.That(plan.Where(line => line.Action != "move")).IsEmpty().Because(string.Join("\n", plan));
        await Assert.That(plan.Where(line => line.From.StartsWith("incoming/", StringComparison.Ordinal)).Select(line => line.To!)
            .All(to => to.StartsWith("_duplicates/incoming/quest/", StringComparison.Ordinal))).IsTrue().Because(string.Join("\n", plan));
        await Assert.That(plan.Count(line => line.To!.StartsWith("_duplicates/", StringComparison.Ordinal))).IsEqualTo(4);
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(missing).IsEmpty();
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok).Because(undo.Output + undo.Error);
        await Assert.That(OrganizeVerbTests.Snapshot(home)).IsEquivalentTo(before);
    }

    [Test]
    public async Task A_set_only_some_files_of_which_are_extra_copies_stays_together_with_one_reason()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        // A complete disc, and an incomplete copy of it (its track 3 is lost) at a shorter path: the copy's files are the
        // ones kept, so the complete set's cue and tracks 1-2 are extra copies and its track 3 is not.
        Disc(home, dat, "incoming/quest", "Quest (USA)", "Quest (USA).cue", QuestTracks, seed: 1);
        Directory.CreateDirectory(home.File("lib/a/quest"));
        foreach (var file in Directory.GetFiles(home.File("lib/incoming/quest")).Where(file => !file.EndsWith("(Track 3).bin", StringComparison.Ordinal)))
        {
            File.Copy(file, home.File("lib/a/quest/" + Path.GetFileName(file)));
        }

        Setup(home, dat, "{title}{ext}", MoveDuplicates);
        var before = OrganizeVerbTests.Snapshot(home);

        var plan = Plan(home);
        var (apply, runId) = Apply(home);
        var afterApply = OrganizeVerbTests.Snapshot(home);
        var missing = MissingTracks(home.File("lib/incoming/quest/Quest (USA).cue"));
        var undo = CliRun.Invoke(home, "organize", "--undo", runId, "--yes");

        var complete = plan.Where(line => line.From.StartsWith("incoming/quest/", StringComparison.Ordinal)).ToList();
        await Assert.That(complete.Count).IsEqualTo(4);
        await Assert.That(complete.Select(line => line.Action).Distinct().ToList()).IsEquivalentTo(["skip"]).Because(string.Join("\n", plan));
        await Assert.That(complete.Select(line => line.Reason ?? "").Distinct().ToList()).IsEquivalentTo([
            "some of the files the cue sheet 'incoming/quest/Quest (USA).cue' keeps together are extra copies of content kept elsewhere and " +
            "some are not (organizer.duplicates is 'move'); a cue sheet's files move only all together, so they stay where they are",
        ]);
        await Assert.That(plan.Where(line => line.From.StartsWith("a/quest/", StringComparison.Ordinal)).Select(line => line.Action).ToList())
            .IsEquivalentTo(["move", "move", "move"]).Because(string.Join("\n", plan));
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(missing).IsEmpty();
        await Assert.That(afterApply.Keys.Where(path => path.StartsWith("_duplicates", StringComparison.Ordinal))).IsEmpty();
        await Assert.That(undo.ExitCode).IsEqualTo(ExitCodes.Ok).Because(undo.Output + undo.Error);
        await Assert.That(OrganizeVerbTests.Snapshot(home)).IsEquivalentTo(before);
    }

    [Test]
    public async Task Two_tracks_of_one_set_with_the_same_bytes_are_both_kept_and_the_set_moves_whole()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        Disc(home, dat, "incoming/twin", "Twin (USA)", "Twin (USA).cue", ["Twin (USA) (Track 1).bin", "Twin (USA) (Track 2).bin", "Twin (USA) (Track 3).bin"],
            seed: 6, sameContentFrom: 1);
        Setup(home, dat, "{title}{ext}", MoveDuplicates);

        var plan = Plan(home);
        var (apply, _) = Apply(home);

        await Assert.That(plan.Count).IsEqualTo(4);
        await Assert.That(plan.Where(line => line.Action != "move" || line.To!.StartsWith("_duplicates/", StringComparison.Ordinal))).IsEmpty()
            .Because(string.Join("\n", plan));
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(MissingTracks(home.File("lib/Twin (USA).cue"))).IsEmpty();
    }

    private static (CliRun Apply, string RunId) Apply(TempDirectory home)
    {
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");
        using var json = JsonDocument.Parse(apply.Output);
        return (apply, json.RootElement.GetProperty("run_id").GetInt64().ToString());
    }
}
