using System.Security;
using System.Text;
using System.Text.Json;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Core.Organizer;

/// <summary>
/// Loose files of a game that lists several (a cue sheet and its tracks): each keeps the DAT's name, so a template such
/// as {title}{ext} gives them distinct paths, and the cue's FILE lines stay true after the move (in the template's folder
/// when the names start with the game's name, else in a folder of the game's own); and a cue sheet never moves apart
/// from the files it names, nor they from it, when they are not all placed by one release.
/// </summary>
public sealed class MultiFilePlacementTests
{
    [Test]
    public async Task The_tracks_of_a_loose_cue_bin_game_keep_their_dat_names_and_the_cue_still_finds_them()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        Disc(home, dat, "incoming/quest", "Quest (USA)", "Quest (USA).cue", ["Quest (USA) (Track 1).bin", "Quest (USA) (Track 2).bin", "Quest (USA) (Track 3).bin"], seed: 1);
        Disc(home, dat, "incoming/arcade", "Arcade Disc (Japan)", "disc.cue", ["track01.bin", "track02.bin"], seed: 2);
        Setup(home, dat, "{title}{ext}");

        var plan = Plan(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(plan.Where(line => line.Action != "move")).IsEmpty().Because(string.Join("\n", plan));
        await Assert.That(plan.Select(line => line.To ?? "").Order(StringComparer.Ordinal).ToList()).IsEquivalentTo(new[]
        {
            "Arcade Disc (Japan)/disc.cue", "Arcade Disc (Japan)/track01.bin", "Arcade Disc (Japan)/track02.bin",
            "Quest (USA) (Track 1).bin", "Quest (USA) (Track 2).bin", "Quest (USA) (Track 3).bin", "Quest (USA).cue",
        });
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(MissingTracks(home.File("lib/Quest (USA).cue"))).IsEmpty();
        await Assert.That(MissingTracks(home.File("lib/Arcade Disc (Japan)/disc.cue"))).IsEmpty();
    }

    [Test]
    public async Task A_cue_sheet_that_is_not_the_dats_keeps_its_tracks_beside_it_and_the_apply_breaks_no_cue()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        Disc(home, dat, "incoming/drift", "Drift (Europe)", "Drift (Europe).cue", ["Drift (Europe) (Track 1).bin", "Drift (Europe) (Track 2).bin"], seed: 3);
        // The user's cue has a CATALOG line the DAT's has not: its tracks are verified, the sheet is not.
        var cue = home.File("lib/incoming/drift/Drift (Europe).cue");
        File.WriteAllText(cue, "CATALOG 0000000000000\r\n" + File.ReadAllText(cue));
        Setup(home, dat, "{platform}/{title}{ext}");

        var plan = Plan(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(plan.Count(line => line.From.EndsWith(".bin", StringComparison.Ordinal))).IsEqualTo(2);
        await Assert.That(plan.Where(line => line.Action == "move")).IsEmpty().Because(string.Join("\n", plan));
        await Assert.That(plan.Where(line => line.From.EndsWith(".bin", StringComparison.Ordinal)).Select(line => line.Reason))
            .Contains(reason => reason!.StartsWith("the cue sheet 'incoming/drift/Drift (Europe).cue' and the files it names are not all placed by one release", StringComparison.Ordinal));
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(MissingTracks(cue)).IsEmpty();
    }

    [Test]
    public async Task A_cue_named_after_the_game_with_tracks_that_are_not_stays_in_one_folder_with_them()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        // Only the cue's name starts with the game's: the sheet and its tracks must still land in one folder.
        Disc(home, dat, "incoming/mixed", "Mixed (USA)", "Mixed (USA).cue", ["track01.bin", "track02.bin"], seed: 4);
        Setup(home, dat, "{title}{ext}");

        var plan = Plan(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(plan.Count(line => line.Action == "move")).IsEqualTo(3).Because(string.Join("\n", plan));
        await Assert.That(plan.Select(line => Path.GetDirectoryName(line.To!)).Distinct().Count()).IsEqualTo(1).Because(string.Join("\n", plan));
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        var cue = plan.Single(line => line.From.EndsWith(".cue", StringComparison.Ordinal)).To!;
        await Assert.That(MissingTracks(home.File("lib/" + cue))).IsEmpty();
    }

    [Test]
    public async Task When_one_track_cannot_move_its_cue_and_the_other_tracks_stay_with_it()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        Disc(home, dat, "incoming/stuck", "Stuck (USA)", "Stuck (USA).cue", ["Stuck (USA) (Track 1).bin", "Stuck (USA) (Track 2).bin"], seed: 5);
        Setup(home, dat, "{title}{ext}");
        // Something of the user's already sits where track 2 goes: that track is a conflict, so nothing of the disc moves.
        home.Write("lib/Stuck (USA) (Track 2).bin", "the user's own file");

        var plan = Plan(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(plan.Count(line => line.From.StartsWith("incoming/stuck/", StringComparison.Ordinal))).IsEqualTo(3);
        await Assert.That(plan.Where(line => line.Action == "move")).IsEmpty().Because(string.Join("\n", plan));
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(MissingTracks(home.File("lib/incoming/stuck/Stuck (USA).cue"))).IsEmpty();
        await Assert.That(File.ReadAllText(home.File("lib/Stuck (USA) (Track 2).bin"))).IsEqualTo("the user's own file");
    }

    [Test]
    public async Task Two_tracks_with_the_same_content_each_keep_their_own_dat_name()
    {
        using var home = new TempDirectory();
        var dat = new StringBuilder();
        // Tracks 2 and 3 are the same bytes (silent audio happens): one content, two DAT names, two files the cue names.
        Disc(home, dat, "incoming/twin", "Twin (USA)", "Twin (USA).cue", ["Twin (USA) (Track 1).bin", "Twin (USA) (Track 2).bin", "Twin (USA) (Track 3).bin"],
            seed: 6, sameContentFrom: 1);
        Setup(home, dat, "{title}{ext}");

        var plan = Plan(home);
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes", "--json");

        await Assert.That(plan.Where(line => line.Action != "move")).IsEmpty().Because(string.Join("\n", plan));
        await Assert.That(apply.ExitCode).IsEqualTo(ExitCodes.Ok).Because(apply.Output + apply.Error);
        await Assert.That(MissingTracks(home.File("lib/Twin (USA).cue"))).IsEmpty();
    }

    internal sealed record Line(string From, string? To, string Action, string? Reason)
    {
        public override string ToString() => $"{Action} {From} -> {To} ({Reason})";
    }

    internal static List<Line> Plan(TempDirectory home)
    {
        using var plan = JsonDocument.Parse(CliRun.Invoke(home, "organize", "--dry-run", "--json").Output);
        return plan.RootElement.GetProperty("items").EnumerateArray().Select(item => new Line(item.GetProperty("from").GetString()!,
            item.GetProperty("to").GetString(), item.GetProperty("action").GetString()!, item.GetProperty("reason").GetString())).ToList();
    }

    /// <summary>The files the cue at <paramref name="cuePath"/> names that are not beside it (it must name at least one).</summary>
    internal static List<string> MissingTracks(string cuePath)
    {
        var folder = Path.GetDirectoryName(cuePath)!;
        var named = File.ReadAllLines(cuePath).Where(line => line.StartsWith("FILE ", StringComparison.Ordinal))
            .Select(line => line.Split('"')[1]).ToList();
        return named.Count == 0 ? ["(the cue names no file)"] : named.Where(name => !File.Exists(Path.Combine(folder, name))).ToList();
    }

    /// <summary>A cue/bin disc in lib/<paramref name="folder"/> under the DAT's names, and its game in <paramref name="dat"/>.</summary>
    internal static void Disc(TempDirectory home, StringBuilder dat, string folder, string game, string cueName, string[] tracks, int seed,
        int sameContentFrom = int.MaxValue) =>
        Disc(home, dat, folder, game, cueName, tracks.Select((track, i) => (track, i > sameContentFrom
            ? Fixtures.Bytes(2352 * (3 + sameContentFrom), 100 * seed + sameContentFrom)
            : Fixtures.Bytes(2352 * (3 + i), 100 * seed + i))).ToArray());

    /// <summary>A cue/bin disc in lib/<paramref name="folder"/> whose tracks hold the given bytes, and its game in <paramref name="dat"/>.</summary>
    internal static void Disc(TempDirectory home, StringBuilder dat, string folder, string game, string cueName, (string Name, byte[] Content)[] tracks)
    {
        var sheet = new StringBuilder();
        dat.Append($"\t<game name=\"{SecurityElement.Escape(game)}\">\n\t\t<description>{SecurityElement.Escape(game)}</description>\n");
        for (var i = 0; i < tracks.Length; i++)
        {
            var (name, content) = tracks[i];
            File.WriteAllBytes(home.Write($"lib/{folder}/{name}", ""), content);
            dat.Append(Rom(name, content));
            sheet.Append($"FILE \"{name}\" BINARY\r\n  TRACK {i + 1:00} {(i == 0 ? "MODE1/2352" : "AUDIO")}\r\n    INDEX 01 00:00:00\r\n");
        }

        var cue = Encoding.UTF8.GetBytes(sheet.ToString());
        File.WriteAllBytes(home.Write($"lib/{folder}/{cueName}", ""), cue);
        dat.Append(Rom(cueName, cue)).Append("\t</game>\n");
    }

    private static string Rom(string name, byte[] content) =>
        $"\t\t<rom name=\"{SecurityElement.Escape(name)}\" size=\"{content.Length}\" crc=\"{Fixtures.Crc32Hex(content)}\" sha1=\"{Fixtures.Sha1Hex(content)}\"/>\n";

    /// <summary>Imports the games, adds lib/ as a root and scans it; <paramref name="organizer"/>: more organizer settings (JSON members).</summary>
    internal static void Setup(TempDirectory home, StringBuilder games, string template, string organizer = "")
    {
        home.Write("config/romcurator/config.json", $$"""{ "organizer": { "template": "{{template}}"{{organizer}} } }""");
        home.Write("psx.dat", "<?xml version=\"1.0\"?>\n<datafile>\n\t<header>\n\t\t<name>Sony - PlayStation</name>\n\t\t<description>Sony - PlayStation</description>\n" +
                              "\t\t<version>1</version>\n\t</header>\n" + games + "</datafile>\n");
        CliRun.Invoke(home, "dat", "import", home.File("psx.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");
    }
}
