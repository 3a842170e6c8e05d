using RomCurator.Tests.Support;

namespace RomCurator.Tests.Faults;

/// <summary>
/// Applying the organizer's plan to a scanned, hash-matched library: Game Boy files renamed in place, NES files
/// moved into a platform folder that is another file system mounted inside the root (copied, synced, verified, then
/// removed), folders left empty removed, then the .m3u playlist of a two-disc game written beside its discs
/// (organizer.m3u on). After a kill, a dry run must touch no file and report the pending moves; the
/// restart (an apply) settles them before anything else.
/// </summary>
public sealed class OrganizeFaults : FaultOperation
{
    private const int GameBoyFiles = 20;
    private const int NesFiles = 10;

    /// <summary>What recovery (the restart's) records for a move the kill interrupted before the file was touched.</summary>
    private const string InterruptedBeforeMove = "interrupted before the file was moved; it is still at its old path";

    /// <summary>What recovery records for a playlist the kill interrupted before it was in place (the restart writes it).</summary>
    private const string InterruptedBeforePlaylist = "interrupted before the playlist was written; the next apply plans it again";

    private const int Discs = 2;

    public override string Name => "organize";

    public override string Fixture =>
        $"'organize --apply' of {GameBoyFiles + NesFiles + Discs} moves: {GameBoyFiles} Game Boy files and {Discs} discs of one game renamed within " +
        $"the file system, {NesFiles} NES files moved to another file system (a /dev/shm folder bind-mounted on the platform folder); one file " +
        "already in place; then the discs' .m3u playlist written";

    public override IReadOnlyList<string> Arguments(FaultWorkspace workspace) => ["organize", "--apply", "--yes", "--json"];

    public override string? RecoveryCheck => "recovery";

    public override void Build(FaultWorkspace workspace)
    {
        var gb = new ClrMameProDat("Nintendo - Game Boy", "20260101");
        string[] regions = ["USA", "Europe", "Japan"];
        for (var i = 0; i <= GameBoyFiles; i++)
        {
            var rom = Fixtures.Bytes(4096 + i, 2000 + i);
            var title = $"Pocket {i:00} ({regions[i % 3]})";
            // The last one is already where the plan puts it.
            workspace.Write(i < GameBoyFiles ? $"lib/incoming/gb/{(i % 2 == 0 ? "a" : "b")}/p{i:00}.gb" : $"lib/Nintendo - Game Boy/{regions[i % 3]}/{title}.gb", rom);
            gb.Game(title, title + ".gb", rom);
        }

        for (var disc = 1; disc <= Discs; disc++)
        {
            var image = Fixtures.Bytes(6144 + disc, 2500 + disc);
            workspace.Write($"lib/incoming/discs/disc{disc}.iso", image);
            gb.Game($"Pocket Saga (USA) (Disc {disc})", $"Pocket Saga (USA) (Disc {disc}).iso", image);
        }

        workspace.Write("config/romcurator/config.json", """{ "organizer": { "m3u": "on" } }""");
        var nes = new ClrMameProDat("Nintendo - Nintendo Entertainment System", "20260101");
        for (var i = 0; i < NesFiles; i++)
        {
            var rom = Fixtures.Bytes(8192 + i, 3000 + i);
            workspace.Write($"lib/incoming/nes/n{i:00}.nes", rom);
            nes.Game($"Console {i:00} (USA)", $"Console {i:00} (USA).nes", rom);
        }

        workspace.MountOtherFileSystem("Nintendo - Nintendo Entertainment System");
        workspace.Write("dats/gb.dat", gb.ToString());
        workspace.Write("dats/nes.dat", nes.ToString());
        workspace.Cli("dat", "import", workspace.Home + "/dats/gb.dat", workspace.Home + "/dats/nes.dat");
        workspace.Cli("roots", "add", workspace.Library, "--name", FaultWorkspace.RootName);
        workspace.Cli("scan");
    }

    public override IReadOnlyList<string> CheckRecovery(FaultWorkspace workspace, DiskSnapshot original)
    {
        var killed = workspace.UserFiles();
        long pending;
        using (var connection = workspace.Open())
        {
            pending = Sql.Scalar<long>(connection, "SELECT count(*) FROM file_operation_log WHERE status = 'pending'");
        }

        var dryRun = workspace.Run(["organize", "--dry-run", "--json"]);
        if (dryRun.ExitCode != 0)
        {
            return [$"the dry run after the kill exited {dryRun.ExitCode}: {dryRun.Error.Trim()}"];
        }

        var problems = new List<string>();
        var after = workspace.UserFiles();
        if (!after.Files.SequenceEqual(killed.Files) || !after.Folders.SequenceEqual(killed.Folders))
        {
            problems.Add("the dry run after the kill moved or removed files (a dry run touches nothing; the next apply settles)");
        }

        using var plan = System.Text.Json.JsonDocument.Parse(dryRun.Output);
        var due = plan.RootElement.GetProperty("recovery_due").GetInt64();
        using (var connection = workspace.Open())
        {
            var still = Sql.Scalar<long>(connection, "SELECT count(*) FROM file_operation_log WHERE status = 'pending'");
            if (due != pending || still != pending)
            {
                problems.Add($"the dry run reported {due} moves due for recovery; {pending} were pending before it and {still} after");
            }
        }

        return problems;
    }

    /// <summary>The move or playlist the kill interrupted is recorded as failed (the restart then makes it again).</summary>
    public override bool IsRestartTrace(string table, string row) =>
        table == "file_operation_log"
        && ((row.StartsWith("move | failed | ", StringComparison.Ordinal) && row.Contains($" | {InterruptedBeforeMove} | ", StringComparison.Ordinal))
            || (row.StartsWith("playlist | failed | ", StringComparison.Ordinal) && row.Contains($" | {InterruptedBeforePlaylist} | ", StringComparison.Ordinal)));
}
