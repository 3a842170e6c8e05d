using RomCurator.Core.Diagnostics;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// The recovery after an organizer killed mid-copy across file systems (both paths exist) reads the copy through a
/// checked open: a FIFO or a link that took the copy's name is never opened or followed (inotify is the witness); the
/// move is failed with one line, and both paths are kept.
/// </summary>
public sealed class InterruptedCopyRecoveryTests
{
    [Test]
    [Arguments(true)]
    [Arguments(false)]
    public async Task A_fifo_or_link_in_place_of_the_interrupted_copy_is_neither_opened_nor_followed(bool fifo)
    {
        if (RomCurator.Core.FileSystem.LinuxAbi.Current is null)
        {
            Skip.Test("Linux on x64 or arm64 only");
            return;
        }

        using var home = new TempDirectory();
        using var elsewhere = new TempDirectory();
        OrganizeVerbTests.Library(home, 1);
        using var otherFileSystem = new TmpfsMount(home.File("lib/Nintendo - Game Boy"));
        var killed = RomCuratorProcess.Run(home.Path, ["organize", "--apply", "--yes"], new Dictionary<string, string> { [CrashPoint.Variable] = "organize.copied:1" });
        var copy = home.File("lib/Nintendo - Game Boy/USA/Game 0 (USA).gb");
        var copyWasThere = File.Exists(copy);
        File.Delete(copy);
        var target = elsewhere.Write("outside.gb", "outside the root");
        if (fifo)
        {
            await WatchedFifo.Make(copy);
        }
        else
        {
            File.CreateSymbolicLink(copy, target);
        }

        using var watch = OpenWatch.Start(fifo ? copy : target);
        if (watch is null)
        {
            Skip.Test("inotify is not available here");
            return;
        }

        var settled = OrganizeVerbTests.Organizer(home).SettleInterrupted(CancellationToken.None);

        await Assert.That(killed.ExitCode).IsEqualTo(137).Because(killed.Error);
        await Assert.That(copyWasThere).IsTrue();
        await Assert.That(settled).IsEqualTo(1);
        await Assert.That(watch.Opened()).IsFalse().Because("what took the copy's name must never be opened");
        await Assert.That(File.Exists(home.File("lib/incoming/g0.gb"))).IsTrue().Because("the original is kept");
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Scalar<string>(connection, "SELECT status FROM file_operation_log ORDER BY operation_id DESC LIMIT 1")).IsEqualTo("failed");
    }
}
