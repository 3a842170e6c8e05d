using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RomCurator.Core.Diagnostics;
using RomCurator.Tests.Faults;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// The organizer at the edges of its root and its word: symbolic links that lead out of the root (a folder, a file, the
/// destination folder) or point at a file inside it, a dry run while an interrupted move is pending, a plan applied
/// after the library changed, and a title of a megabyte. Each arranges a scanned library whose ROMs a DAT verifies,
/// takes the baseline, then runs `organize`: nothing outside the data folder may change (no file moved, no link
/// removed, nothing created outside the root), and the recorded line says why.
/// </summary>
public static class OrganizerTrustCases
{
    private const string Platform = "Nintendo - Nintendo Entertainment System";

    public static IEnumerable<HostileCase> All() =>
    [
        new("organize, folder link out of the root", "a folder link 'linked' in the root to HOME/outside/games, which holds a ROM a DAT verifies; scan, then 'organize --apply --yes'",
            "symbolic link leads outside the root", FolderLinkOut),
        new("organize, file link out of the root", "a file link 'solo.nes' in the root to HOME/outside/solo.nes, a ROM a DAT verifies; scan, then 'organize --apply --yes'",
            "symbolic link leads outside the root", FileLinkOut),
        new("organize, file link inside the root", "'alias.nes' links to '.store/Game.nes' (a hidden folder of the root, not scanned), a ROM a DAT verifies; scan, then 'organize --apply --yes'",
            "skip: 'alias.nes' is a symbolic link", FileLinkInside),
        new("organize, destination folder links out of the root", "the platform folder the plan puts a verified ROM in is a link to HOME/outside/elsewhere; scan, then 'organize --apply --yes'",
            "conflict: the folder 'Nintendo - Nintendo Entertainment System' is a symbolic link", DestinationLinkOut),
        new("organize dry run, interrupted move pending", "an apply killed after its first rename (crash point organize.moved:1), its source folder left empty; then 'organize --dry-run --json'",
            "recovery_due 1, pending moves 1", DryRunWithRecoveryDue),
        new("organize --apply PLAN_ID, library changed", "'organize --dry-run --json' shows plan N; the template is changed; then 'organize --apply N --yes'",
            "the library changed since plan", StalePlan),
        new("organize, 1 MB title", "a release whose name is 1 MiB of letters (set in the database: DAT imports cap names), then 'organize --dry-run --json'",
            "move, file name of 200 bytes", LongTitle),
    ];

    /// <summary>A folder link to outside the root: the scan does not follow it, the apply moves nothing out of it, the link stays.</summary>
    private static CaseOutcome FolderLinkOut(HostileWorkspace workspace)
    {
        var rom = Data(6000, 61);
        var outside = Path.Combine(workspace.Home, "outside/games");
        Directory.CreateDirectory(outside);
        File.WriteAllBytes(Path.Combine(outside, "game.nes"), rom);
        Directory.CreateSymbolicLink(Path.Combine(workspace.Library, "linked"), outside);
        return ApplyOn(workspace, [("Game (USA)", rom)], Discovery("linked"));
    }

    /// <summary>A file link to outside the root: not followed, never moved, left pointing where it did.</summary>
    private static CaseOutcome FileLinkOut(HostileWorkspace workspace)
    {
        var rom = Data(6000, 62);
        var outside = Path.Combine(workspace.Home, "outside/solo.nes");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllBytes(outside, rom);
        File.CreateSymbolicLink(Path.Combine(workspace.Library, "solo.nes"), outside);
        return ApplyOn(workspace, [("Solo (USA)", rom)], Discovery("solo.nes"));
    }

    /// <summary>A file link to a file inside the root: the scan follows it, the plan skips it, the apply leaves it.</summary>
    private static CaseOutcome FileLinkInside(HostileWorkspace workspace)
    {
        var rom = Data(6000, 63);
        workspace.Put(".store/Game.nes", rom);
        File.CreateSymbolicLink(Path.Combine(workspace.Library, "alias.nes"), ".store/Game.nes");
        return ApplyOn(workspace, [("Game (USA)", rom)], PlanLine("alias.nes"));
    }

    /// <summary>The destination folder is a link out of the root: nothing is created or moved there.</summary>
    private static CaseOutcome DestinationLinkOut(HostileWorkspace workspace)
    {
        var rom = Data(6000, 64);
        workspace.Put("incoming/game.nes", rom);
        var elsewhere = Path.Combine(workspace.Home, "outside/elsewhere");
        Directory.CreateDirectory(elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(workspace.Library, Platform), elsewhere);
        return ApplyOn(workspace, [("Game (USA)", rom)], PlanLine("incoming/game.nes"));
    }

    /// <summary>A dry run after a killed apply reports the pending move and settles nothing (the empty folder stays too).</summary>
    private static CaseOutcome DryRunWithRecoveryDue(HostileWorkspace workspace)
    {
        var rom = Data(6000, 65);
        workspace.Put("incoming/game.nes", rom);
        Prepare(workspace, [("Game (USA)", rom)]);
        var killed = workspace.Process(new Dictionary<string, string> { [CrashPoint.Variable] = "organize.moved:1" }, "organize", "--apply", "--yes");
        if (killed.ExitCode != 137)
        {
            throw new InvalidOperationException($"the apply was not killed at organize.moved (exit {killed.ExitCode}): {killed.Error}");
        }

        workspace.Baseline();
        var dryRun = workspace.Cli("organize", "--dry-run", "--json");
        var due = JsonValue(dryRun.Output, "recovery_due");
        var pending = workspace.Count("SELECT count(*) FROM file_operation_log WHERE status = 'pending'");
        return new CaseOutcome($"dry run exit {dryRun.ExitCode}", dryRun.ExitCode == 0, "organize --dry-run --json",
            $"recovery_due {due ?? "(missing)"}, pending moves {pending}");
    }

    /// <summary>Plan N is shown, the template changes, `--apply N` refuses with one line and moves nothing.</summary>
    private static CaseOutcome StalePlan(HostileWorkspace workspace)
    {
        var rom = Data(6000, 66);
        workspace.Put("incoming/game.nes", rom);
        Prepare(workspace, [("Game (USA)", rom)]);
        var shown = workspace.Cli("organize", "--dry-run", "--json");
        var planId = JsonValue(shown.Output, "plan_id") ?? throw new InvalidOperationException("the dry run printed no plan_id: " + shown.Output);
        workspace.Configure("""  "organizer": { "template": "{platform}/{title}{ext}" }  """);
        workspace.Baseline();
        var apply = workspace.Cli("organize", "--apply", planId, "--yes");
        var lines = apply.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var moved = workspace.Count("SELECT count(*) FROM file_operation_log WHERE operation_type = 'move'");
        return new CaseOutcome($"refused (exit {apply.ExitCode}, {lines.Length} line on stderr, {moved} moves recorded)",
            apply.ExitCode == 1 && lines.Length == 1 && moved == 0, "stderr", workspace.Clean(apply.Error.Trim()).Replace($"plan {planId}", "plan N", StringComparison.Ordinal));
    }

    /// <summary>A title of a mebibyte: the plan is made in well under a second per file, its file name cut to 200 bytes.</summary>
    private static CaseOutcome LongTitle(HostileWorkspace workspace)
    {
        var rom = Data(6000, 67);
        workspace.Put("incoming/game.nes", rom);
        Prepare(workspace, [("Game (USA)", rom)]);
        using (var connection = workspace.Open())
        {
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE game_release SET release_name = $name";
            update.Parameters.AddWithValue("$name", new string('A', 1 << 20));
            update.ExecuteNonQuery();
        }

        workspace.Baseline();
        // CPU time of this thread (the dry run plans on it), not the wall clock: the suite runs cases side by side on
        // a loaded machine, and a cut that is quadratic in the title's length takes minutes of CPU, not seconds.
        var (dryRun, cpu) = ThreadCpuClock.Measure(() => workspace.Cli("organize", "--dry-run", "--json"));
        using var plan = JsonDocument.Parse(dryRun.Output);
        var line = plan.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("from").GetString() == "incoming/game.nes");
        var name = Path.GetFileName(line.GetProperty("to").GetString() ?? "");
        var fast = cpu < TimeSpan.FromSeconds(10);
        return new CaseOutcome($"dry run exit {dryRun.ExitCode}{(fast ? " in under 10 s" : $", but took {cpu.TotalSeconds:0} s")}",
            dryRun.ExitCode == 0 && fast, "organize --dry-run --json",
            $"{line.GetProperty("action").GetString()}, file name of {Encoding.UTF8.GetByteCount(name)} bytes");
    }

    /// <summary>Imports a DAT verifying <paramref name="games"/>, adds the root, scans, takes the baseline and applies.</summary>
    private static CaseOutcome ApplyOn(HostileWorkspace workspace, (string Game, byte[] Rom)[] games, Func<HostileWorkspace, (string Where, string? Row)> evidence)
    {
        var scan = Prepare(workspace, games);
        workspace.Baseline();
        var apply = workspace.Cli("organize", "--apply", "--yes", "--json");
        var moved = JsonValue(apply.Output, "moved") ?? "?";
        var (where, row) = evidence(workspace);
        var finished = $"{scan.Describe()}; organize --apply exit {apply.ExitCode}, {moved} moved";
        return new CaseOutcome(finished, scan.Completed && apply.ExitCode == 0, where, row ?? "(nothing recorded)");
    }

    /// <summary>The good file beside the case's files, a DAT of the games, the root, one scan.</summary>
    private static ScanRun Prepare(HostileWorkspace workspace, (string Game, byte[] Rom)[] games)
    {
        workspace.Put(GoodFile, Data(1000, 1));
        var dat = new ClrMameProDat(Platform, "1");
        foreach (var (game, rom) in games)
        {
            dat.Game(game, game + ".nes", rom);
        }

        var import = workspace.Cli("dat", "import", workspace.Dat("nes.dat", dat.ToString()));
        if (import.ExitCode != 0)
        {
            throw new InvalidOperationException("dat import failed: " + import.Error);
        }

        workspace.AddRoot();
        return workspace.Scan();
    }

    /// <summary>Evidence: the dry-run plan's line for <paramref name="from"/> (action: reason), read after the apply.</summary>
    private static Func<HostileWorkspace, (string, string?)> PlanLine(string from) => workspace =>
    {
        var dryRun = workspace.Cli("organize", "--dry-run", "--json");
        using var plan = JsonDocument.Parse(dryRun.Output);
        var line = plan.RootElement.GetProperty("items").EnumerateArray().FirstOrDefault(i => i.GetProperty("from").GetString() == from);
        return ("organize plan", line.ValueKind == JsonValueKind.Undefined
            ? null
            : workspace.Clean($"{line.GetProperty("action").GetString()}: {line.GetProperty("reason").GetString()}"));
    };

    /// <summary>A top-level member of a JSON object as text, or null (also when the output is not JSON).</summary>
    private static string? JsonValue(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(name, out var value) ? value.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
