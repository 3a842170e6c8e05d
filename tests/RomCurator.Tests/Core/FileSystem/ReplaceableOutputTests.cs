using System.Diagnostics;
using RomCurator.Core.FileSystem;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Core.FileSystem;

public sealed class ReplaceableOutputTests
{
    [Test]
    public async Task A_device_is_written_through_and_never_replaced()
    {
        using var home = new TempDirectory();
        var link = home.File("to-dev-null");
        File.CreateSymbolicLink(link, "/dev/null");
        Library(home);

        var fixdat = CliRun.Invoke(home, "report", "fixdat", "--dat", "Nintendo - Game Boy", "-o", link);

        await Assert.That(fixdat.ExitCode).IsEqualTo(ExitCodes.Ok).Because(fixdat.Error);
        await Assert.That(FileKind.IsRegularFile("/dev/null")).IsFalse();
        await Assert.That(new FileInfo(link).LinkTarget).IsEqualTo("/dev/null");
        await Assert.That(Directory.EnumerateFiles("/dev").Where(f => Path.GetFileName(f).StartsWith("null.", StringComparison.Ordinal))).IsEmpty();
    }

    [Test]
    public async Task A_fifo_gets_the_content_and_stays_a_fifo()
    {
        using var home = new TempDirectory();
        var pipe = home.File("pipe");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        var reader = Task.Run(() => File.ReadAllText(pipe));
        using (var output = new ReplaceableOutput(pipe))
        {
            using (var stream = output.Create())
            {
                stream.Write("hello"u8);
            }

            output.Complete();
        }

        await Assert.That(await reader.WaitAsync(Wait.HangGuard)).IsEqualTo("hello");
        await Assert.That(FileKind.IsRegularFile(pipe)).IsFalse();
    }

    [Test]
    public async Task A_symlinked_file_is_replaced_at_its_target_and_the_link_stays()
    {
        using var home = new TempDirectory();
        var real = home.Write("dotfiles/romcurator.json", """{ "scan": { "batchSize": 100 } }""");
        Directory.CreateDirectory(home.File("config/romcurator"));
        File.CreateSymbolicLink(home.File("config/romcurator/config.json"), real);

        var set = CliRun.Invoke(home, "config", "set", "archives.maxDepth", "2");

        await Assert.That(set.ExitCode).IsEqualTo(ExitCodes.Ok).Because(set.Error);
        await Assert.That(new FileInfo(home.File("config/romcurator/config.json")).LinkTarget).IsEqualTo(real);
        await Assert.That(File.ReadAllText(real)).Contains("\"maxDepth\": 2");
        await Assert.That(File.ReadAllText(real)).Contains("\"batchSize\": 100");
        await Assert.That(Directory.EnumerateFiles(home.File("dotfiles"))).IsEquivalentTo(new[] { real });
    }

    [Test]
    public async Task A_failed_write_leaves_the_old_file_and_no_temporary()
    {
        using var home = new TempDirectory();
        var file = home.Write("out.txt", "old");

        using (var output = new ReplaceableOutput(file))
        {
            using var stream = output.Create();
            stream.Write("half"u8);
        }

        await Assert.That(File.ReadAllText(file)).IsEqualTo("old");
        await Assert.That(Directory.EnumerateFiles(home.Path)).IsEquivalentTo(new[] { file });
    }

    private static void Library(TempDirectory home)
    {
        home.Write("gb.dat", """
            clrmamepro ( name "Nintendo - Game Boy" )
            game ( name "Alpha (USA)" rom ( name "a.gb" size 1 crc 00000001 ) )
            """);
        CliRun.Invoke(home, "dat", "import", home.File("gb.dat"));
    }
}
