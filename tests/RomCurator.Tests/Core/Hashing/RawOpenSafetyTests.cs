using RomCurator.Core.Archives;
using RomCurator.Core.Classification;
using RomCurator.Core.Configuration;
using RomCurator.Core.Discovery;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Hashing;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Hashing;

/// <summary>
/// The raw small-file read never opens what is not a regular file: a path replaced by a FIFO or a device between the
/// walk and the read is looked at (O_PATH) and refused, and never opened (opening some devices has side effects: a
/// tape rewinds, a modem hangs up); an archive is opened once, and its members are enumerated from what was read and
/// checked, never from its path again (a file swapped in meanwhile would be another file). The kernel's own open
/// notification (inotify) is the witness.
/// </summary>
public sealed class RawOpenSafetyTests
{
    [Test]
    public async Task A_fifo_in_place_of_a_small_file_is_refused_without_being_opened()
    {
        if (!RawFileRead.IsSupported)
        {
            Skip.Test("the raw read is used on Linux x64/arm64 only");
            return;
        }

        using var folder = new TempDirectory();
        var regular = folder.File("game.nes");
        await File.WriteAllBytesAsync(regular, ArchiveListings.Data(16, 1));
        var fifo = folder.File("pipe.nes");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        using var regularWatch = OpenWatch.Start(regular);
        using var fifoWatch = OpenWatch.Start(fifo);
        if (regularWatch is null || fifoWatch is null)
        {
            Skip.Test("inotify is not available here");
            return;
        }

        var buffer = new byte[64];
        var read = RawFileRead.Read(regular, buffer, 16, out var length, out _);
        var refused = RawFileRead.Read(fifo, buffer, 16, out _, out _);

        // The witness works: reading the regular file opened it.
        await Assert.That(read).IsEqualTo(RawReadStatus.Read);
        await Assert.That(length).IsEqualTo(16);
        await Assert.That(regularWatch.Opened()).IsTrue();
        await Assert.That(refused).IsEqualTo(RawReadStatus.NotRegular);
        await Assert.That(fifoWatch.Opened()).IsFalse().Because("the FIFO must be refused before anything opens it");
    }

    [Test]
    public async Task A_link_in_place_of_a_small_file_is_reported_and_not_followed()
    {
        if (!RawFileRead.IsSupported)
        {
            Skip.Test("the raw read is used on Linux x64/arm64 only");
            return;
        }

        using var folder = new TempDirectory();
        var target = folder.Write("target.nes", "NES\x1A");
        var link = folder.File("link.nes");
        File.CreateSymbolicLink(link, target);
        using var watch = OpenWatch.Start(target);
        if (watch is null)
        {
            Skip.Test("inotify is not available here");
            return;
        }

        var status = RawFileRead.Read(link, new byte[16], 4, out _, out _);

        await Assert.That(status).IsEqualTo(RawReadStatus.Link);
        await Assert.That(watch.Opened()).IsFalse();
    }

    [Test]
    [Arguments(30_000)]
    [Arguments(SmallFileScratch.MaxFileBytes + 100_000)]
    public async Task An_archive_is_opened_once_and_its_members_come_from_that_open(int memberSize)
    {
        using var folder = new TempDirectory();
        var member = ArchiveListings.Data(memberSize, 7);
        var zip = new ArchiveFiles(folder).StoredZip("set.zip", ("game.nes", member), ("other.nes", ArchiveListings.Data(1000, 8)));
        using var watch = OpenWatch.Start(zip);
        if (watch is null)
        {
            Skip.Test("inotify is not available here");
            return;
        }

        var options = new ScanSettings().HashOptions();
        var hasher = new FileHasher(new FileClassifier(new ExtensionRegistry([new ExtensionInfo("zip", "archive", true, false, false, [])])), options,
            new ArchiveLimits(2, 1 << 20, 1L << 30, 1000, 100, folder.Path, options), PasswordDictionary.Empty, null);
        var job = new HashJob(1, 1, new RootedPath(folder.Path, "set.zip"), new FileInfo(zip).Length,
            DiscoveryStager.FormatTime(File.GetLastWriteTimeUtc(zip)), 0);
        using var scratch = new SmallFileScratch();

        var outcome = hasher.Hash(job, CancellationToken.None, scratch: scratch);

        await Assert.That(outcome.Failure).IsNull();
        await Assert.That(outcome.Archive!.Members.Select(m => m.FullPath)).IsEquivalentTo(["game.nes", "other.nes"]);
        await Assert.That(outcome.Archive.Members.Single(m => m.FullPath == "game.nes").Hashes.Sha1.ToHex()).IsEqualTo(ArchiveListings.Sha1(member));
        await Assert.That(watch.Opens()).IsEqualTo(1);
    }

    [Test]
    public async Task A_fifo_in_place_of_a_large_file_is_refused_without_being_opened()
    {
        if (LinuxAbi.Current is null)
        {
            Skip.Test("Linux on x64 or arm64 only");
            return;
        }

        using var folder = new TempDirectory();
        var fifo = folder.File("big.bin");
        await MakeFifo(fifo);
        using var watch = OpenWatch.Start(fifo);
        if (watch is null)
        {
            Skip.Test("inotify is not available here");
            return;
        }

        // Discovery saw a file over the raw read's limit; a FIFO has taken its name since.
        var outcome = Hasher(folder).Hash(new HashJob(1, 1, new RootedPath(folder.Path, "big.bin"), SmallFileScratch.MaxFileBytes + 1000,
            DiscoveryStager.FormatTime(DateTime.UtcNow), 0), CancellationToken.None, scratch: new SmallFileScratch());

        await Assert.That(outcome.Failure).Contains("not a regular file any more");
        await Assert.That(watch.Opened()).IsFalse().Because("the FIFO must be refused before anything opens it");
    }

    [Test]
    public async Task A_fifo_swapped_in_after_the_check_is_never_opened_the_file_checked_is_read()
    {
        using var folder = new TempDirectory();
        var path = folder.File("big.bin");
        var bytes = ArchiveListings.Data(SmallFileScratch.MaxFileBytes + 5000, 3);
        await File.WriteAllBytesAsync(path, bytes);
        using var looked = CheckedFile.Look(path);
        if (looked is null)
        {
            Skip.Test("Linux on x64 or arm64 only");
            return;
        }

        // Between the check and the open, the name is taken by a FIFO (an open by name would block for ever).
        var fifo = folder.File("pipe");
        await MakeFifo(fifo);
        using var watch = OpenWatch.Start(fifo);
        if (watch is null)
        {
            Skip.Test("inotify is not available here");
            return;
        }

        File.Move(fifo, path, overwrite: true);
        await Assert.That(looked.IsRegular).IsTrue();
        using var stream = looked.OpenForReading();
        var read = new MemoryStream();
        await stream.CopyToAsync(read);

        await Assert.That(watch.Opened()).IsFalse().Because("the FIFO that took the name must never be opened");
        await Assert.That(read.ToArray().SequenceEqual(bytes)).IsTrue().Because("the very file checked is read");
    }

    [Test]
    public async Task A_large_file_is_hashed_through_the_checked_open()
    {
        using var folder = new TempDirectory();
        var bytes = ArchiveListings.Data(SmallFileScratch.MaxFileBytes + 5000, 4);
        var path = folder.File("big.bin");
        await File.WriteAllBytesAsync(path, bytes);
        using var watch = OpenWatch.Start(path);

        var outcome = Hasher(folder).Hash(new HashJob(1, 1, new RootedPath(folder.Path, "big.bin"), bytes.Length,
            DiscoveryStager.FormatTime(File.GetLastWriteTimeUtc(path)), 0), CancellationToken.None, scratch: new SmallFileScratch());

        await Assert.That(outcome.Failure).IsNull();
        await Assert.That(outcome.Hashes!.Sha1.ToHex()).IsEqualTo(ArchiveListings.Sha1(bytes));
        if (watch is not null)
        {
            await Assert.That(watch.Opens()).IsEqualTo(1);
        }
    }

    private static FileHasher Hasher(TempDirectory folder)
    {
        var options = new ScanSettings().HashOptions();
        return new FileHasher(new FileClassifier(new ExtensionRegistry([new ExtensionInfo("zip", "archive", true, false, false, [])])), options,
            new ArchiveLimits(2, 1 << 20, 1L << 30, 1000, 100, folder.Path, options), PasswordDictionary.Empty, null);
    }

    private static async Task MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
    }
}
