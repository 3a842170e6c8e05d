using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>
/// A database path that cannot hold a database is refused with what is actually wrong (issue 11, item 21), and
/// nothing is created or overwritten: not beside a device, not over an empty file that may be the user's.
/// </summary>
public sealed class DatabasePathTests
{
    [Test]
    [NotInParallel("dev-null-journal")]
    public async Task A_device_is_not_a_database_and_nothing_is_created_beside_it()
    {
        using var home = new TempDirectory();
        var before = Directory.GetFiles("/dev", "null*");

        var run = CliRun.Invoke(home, "db", "info", "--db", "/dev/null");
        var scan = CliRun.Invoke(home, "scan", "--db", "/dev/null");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("is not a regular file");
        await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(scan.Error).Contains("is not a regular file");
        // Only what this test could have created: another process may have left /dev/null-journal before.
        await Assert.That(Directory.GetFiles("/dev", "null*").Except(before)).IsEmpty();
    }

    [Test]
    public async Task An_empty_file_is_refused_and_left_empty()
    {
        using var home = new TempDirectory();
        var path = home.Write("truncated.db", "");

        var run = CliRun.Invoke(home, "db", "info", "--db", path);

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("is an empty file (0 bytes)");
        await Assert.That(run.Error).Contains("delete the empty file");
        await Assert.That(new FileInfo(path).Length).IsEqualTo(0L);
        await Assert.That(Directory.GetFiles(home.Path)).IsEquivalentTo([path]);
    }

    [Test]
    public async Task A_folder_is_not_a_database_file()
    {
        using var home = new TempDirectory();
        Directory.CreateDirectory(home.File("db-folder"));

        var run = CliRun.Invoke(home, "roots", "list", "--db", home.File("db-folder"));

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("is a folder, not a file");
    }

    [Test]
    public async Task A_file_where_its_folder_should_be_is_named()
    {
        using var home = new TempDirectory();
        var file = home.Write("plain-file", "x");

        var run = CliRun.Invoke(home, "db", "info", "--db", Path.Combine(file, "romcurator.db"));

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains($"'{file}' is a file, not a folder");
    }

    [Test]
    public async Task A_database_in_a_read_only_folder_says_so_rather_than_busy()
    {
        using var home = new TempDirectory();
        var folder = home.File("readonly");
        var database = Path.Combine(folder, "romcurator.db");
        await Assert.That(CliRun.Invoke(home, "db", "info", "--db", database).ExitCode).IsEqualTo(ExitCodes.Ok);
        File.SetUnixFileMode(home.Path, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(folder, (UnixFileMode)0b101_101_101);
        File.SetUnixFileMode(database, (UnixFileMode)0b110_110_110);
        try
        {
            var scan = Unprivileged.Run(() => CliRun.Invoke(home, "scan", "--db", database));
            var info = Unprivileged.Run(() => CliRun.Invoke(home, "db", "info", "--db", database));

            await Assert.That(scan.ExitCode).IsEqualTo(ExitCodes.Failed);
            await Assert.That(scan.Error).Contains("is in a read-only folder");
            await Assert.That(scan.Error).DoesNotContain("in progress");
            await Assert.That(info.Error).Contains("is in a read-only folder");
        }
        finally
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_101);
        }
    }

    [Test]
    public async Task A_new_database_in_a_read_only_folder_is_not_created()
    {
        using var home = new TempDirectory();
        var folder = home.File("readonly");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(home.Path, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(folder, (UnixFileMode)0b101_101_101);
        try
        {
            var run = Unprivileged.Run(() => CliRun.Invoke(home, "db", "info", "--db", Path.Combine(folder, "new.db")));

            await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
            await Assert.That(run.Error).Contains("is read-only for this user");
        }
        finally
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_101);
        }
    }
}
