using RomCurator.Core.Diagnostics;
using RomCurator.Tests.Faults;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Organizer;

public sealed class InterruptedRunFoldersTests
{
    /// <summary>
    /// A run removes the folders its moves emptied after its last move (longest path first: incoming/aa, then
    /// incoming/c). Killed after the last move, or after removing only incoming/aa, it leaves incoming/c behind;
    /// a dry run leaves it (it touches nothing), and the next apply removes it first, keeping the folder that still holds a file.
    /// </summary>
    [Test]
    [Arguments("organize.completed:3")]
    [Arguments("organize.folder:1")]
    public async Task Folders_a_killed_run_emptied_are_removed_by_the_next_apply_not_by_a_dry_run(string crashPoint)
    {
        using var home = new TempDirectory();
        var dat = new ClrMameProDat("Nintendo - Game Boy", "1");
        string[] folders = ["aa", "c", "b"];
        for (var i = 0; i < folders.Length; i++)
        {
            var rom = Fixtures.Bytes(4096 + i, 70 + i);
            File.WriteAllBytes(home.Write($"lib/incoming/{folders[i]}/g{i}.gb", ""), rom);
            dat.Game($"Game {i} (USA)", $"Game {i} (USA).gb", rom);
        }

        home.Write("lib/incoming/b/notes.txt", "not a game: it stays, and so does its folder");
        home.Write("gb.dat", dat.ToString());
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"));
        CliRun.Invoke(home, "scan");

        var killed = RomCuratorProcess.Run(home.Path, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = crashPoint });
        var leftBehind = Directory.Exists(home.File("lib/incoming/c"));
        var dryRun = CliRun.Invoke(home, "organize", "--dry-run");
        var afterDryRun = Directory.Exists(home.File("lib/incoming/c"));
        var apply = CliRun.Invoke(home, "organize", "--apply", "--yes");

        await Assert.That(killed.ExitCode).IsEqualTo(137).Because(killed.Error);
        await Assert.That(leftBehind).IsTrue().Because("the kill came before the run removed incoming/c");
        await Assert.That(dryRun.ExitCode).IsEqualTo(0).Because(dryRun.Error);
        await Assert.That(afterDryRun).IsTrue().Because("a dry run touches no file, not even an empty folder");
        await Assert.That(apply.ExitCode).IsEqualTo(0).Because(apply.Error);
        await Assert.That(Directory.Exists(home.File("lib/incoming/aa"))).IsFalse();
        await Assert.That(Directory.Exists(home.File("lib/incoming/c"))).IsFalse();
        await Assert.That(File.Exists(home.File("lib/incoming/b/notes.txt"))).IsTrue();
        await Assert.That(Directory.GetFiles(home.File("lib/Nintendo - Game Boy/USA")).Length).IsEqualTo(3);
    }
}
