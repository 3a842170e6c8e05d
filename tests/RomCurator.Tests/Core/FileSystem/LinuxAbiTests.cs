using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using RomCurator.Core.FileSystem;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.FileSystem;

public sealed class LinuxAbiTests
{
    /// <summary>
    /// Functions every glibc since 2.17 (the oldest the binary runs on, on x64 and arm64) and musl export by name.
    /// Not here on purpose: stat/fstat/lstat/fstatat (functions only since glibc 2.33) and renameat2 (2.28): a
    /// P/Invoke of one of those fails on an older NAS with EntryPointNotFoundException; they go through LinuxAbi.
    /// </summary>
    private static readonly HashSet<string> OldGlibcFunctions =
        ["open", "close", "read", "fsync", "realpath", "free", "getpid", "kill", "link", "rename", "faccessat", "readlink", "syscall"];

    [Test]
    public async Task Every_libc_function_the_program_calls_is_exported_by_glibc_2_17()
    {
        var imports = new[] { typeof(LinuxAbi).Assembly, typeof(RomCurator.Tui.Cli.CliApp).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(method => method.GetCustomAttribute<DllImportAttribute>())
            .OfType<DllImportAttribute>()
            .Where(import => import.Value == "libc")
            .Select(import => import.EntryPoint ?? "")
            .ToList();

        await Assert.That(imports).Contains("syscall");
        await Assert.That(imports.Where(name => !OldGlibcFunctions.Contains(name)).Distinct()).IsEmpty();
    }

    [Test]
    public async Task Stat_and_fstat_through_the_system_call_agree_with_the_file_system()
    {
        if (LinuxAbi.Current is not { } abi)
        {
            Skip.Test("Linux on x64 or arm64 only");
            return;
        }

        using var folder = new TempDirectory();
        var file = folder.Write("a.bin", "12345");
        var modified = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(1234567);
        File.SetLastWriteTimeUtc(file, modified);
        var buffer = new byte[LinuxAbi.StatBytes];

        await Assert.That(abi.Stat(file, buffer)).IsEqualTo(0);
        await Assert.That(abi.FileType(buffer)).IsEqualTo(LinuxAbi.ModeRegular);
        await Assert.That(BitConverter.ToInt64(buffer, LinuxAbi.SizeOffset)).IsEqualTo(5L);
        await Assert.That(BitConverter.ToInt64(buffer, LinuxAbi.ModifiedSecondsOffset)).IsEqualTo(new DateTimeOffset(modified).ToUnixTimeSeconds());
        await Assert.That(BitConverter.ToInt64(buffer, LinuxAbi.ModifiedNanosecondsOffset)).IsEqualTo(123456700L);

        await Assert.That(abi.Stat(folder.Path, buffer)).IsEqualTo(0);
        await Assert.That(abi.FileType(buffer)).IsEqualTo(LinuxAbi.ModeDirectory);
        await Assert.That(abi.Stat(folder.File("missing"), buffer)).IsEqualTo(-1);
        await Assert.That(Marshal.GetLastPInvokeError()).IsEqualTo(2);

        using var handle = File.OpenHandle(file);
        Array.Clear(buffer);
        await Assert.That(abi.FStat((int)handle.DangerousGetHandle(), buffer)).IsEqualTo(0);
        await Assert.That(BitConverter.ToInt64(buffer, LinuxAbi.SizeOffset)).IsEqualTo(5L);
        await Assert.That(abi.FileType(buffer)).IsEqualTo(LinuxAbi.ModeRegular);
    }

    [Test]
    public async Task A_fifo_is_not_a_regular_file()
    {
        if (LinuxAbi.Current is null)
        {
            Skip.Test("Linux on x64 or arm64 only");
            return;
        }

        using var folder = new TempDirectory();
        var fifo = folder.File("pipe");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        await Assert.That(FileKind.IsRegularFile(folder.Write("plain.bin", "x"))).IsTrue();
        await Assert.That(FileKind.IsRegularFile(fifo)).IsFalse();
    }

    [Test]
    public async Task Renameat2_through_the_system_call_never_replaces_a_file()
    {
        using var folder = new TempDirectory();
        var source = folder.Write("from.bin", "new");
        var taken = folder.Write("taken.bin", "old");

        await Assert.That(() => SafeMove.TryRename(source, taken)).Throws<IOException>();
        await Assert.That(File.ReadAllText(taken)).IsEqualTo("old");
        await Assert.That(SafeMove.TryRename(source, folder.File("free.bin"))).IsTrue();
        await Assert.That(File.ReadAllText(folder.File("free.bin"))).IsEqualTo("new");
        await Assert.That(File.Exists(source)).IsFalse();
    }
}
