using System.Diagnostics;
using RomCurator.Core.Archives;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.ArchiveListings;

namespace RomCurator.Tests.Core.Archives;

/// <summary>Tar header checksums are verified, without refusing what real tar writers produce.</summary>
public sealed class TarHeaderCheckTests
{
    [Test]
    [Arguments("gnu")]
    [Arguments("posix")]
    [Arguments("oldgnu")]
    public async Task Tars_written_by_gnu_tar_pass_the_header_check(string format)
    {
        using var folder = new TempDirectory();
        var longName = new string('n', 150) + ".nes";
        var rom = Data(3000, 1);
        Directory.CreateDirectory(folder.File("src/sub"));
        File.WriteAllBytes(folder.File("src/sub/" + longName), rom);
        File.WriteAllBytes(folder.File("src/plain.gb"), Data(700, 2));
        File.CreateSymbolicLink(folder.File("src/link.gb"), "plain.gb");
        var tar = folder.File("gnu.tar");
        Tar(folder.File("src"), "--format=" + format, "-cf", tar, ".");

        var listing = Enumerate(folder, tar);

        await Assert.That(listing.Problems).IsEmpty();
        await AssertMember(listing, "./plain.gb", Data(700, 2));
        await AssertMember(listing, "./sub/" + longName, rom);
    }

    [Test]
    public async Task A_damaged_header_after_a_sound_member_keeps_the_member_and_reports_the_header()
    {
        using var folder = new TempDirectory();
        var tar = new ArchiveFiles(folder).Tar("two.tar", false, ("first.nes", Data(1000, 1)), ("second.nes", Data(1000, 2)));
        // The second member's own header: the 512-byte block whose name field starts with its name (PAX records
        // holding the name too are data, which no checksum covers).
        var bytes = File.ReadAllBytes(tar);
        var second = Enumerable.Range(0, bytes.Length / 512).Select(block => block * 512)
            .First(at => bytes.AsSpan(at).StartsWith("second.nes"u8));
        bytes[second] ^= 0x20;
        File.WriteAllBytes(tar, bytes);

        var listing = Enumerate(folder, tar);

        await Assert.That(listing.Problems.Single().Message).Contains("fails its checksum");
        await Assert.That(listing.Members.Select(m => m.FullPath)).IsEquivalentTo(["first.nes"]);
    }

    private static void Tar(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("tar") { WorkingDirectory = workingDirectory, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tar failed: {error}");
        }
    }
}
