using RomCurator.Core.Archives;
using RomCurator.Core.Classification;
using RomCurator.Core.Configuration;
using RomCurator.Core.Digests;
using RomCurator.Core.Discovery;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Hashing;
using RomCurator.Core.Scans;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Hashing;

/// <summary>
/// Small files read whole through a raw descriptor with a worker's reused buffer and digests give exactly what the
/// FileStream read gives (digests, copier headers, metadata, archives, every failure and its message), and a path
/// that turned into a link out of its root, a FIFO or a folder since discovery is never read.
/// </summary>
public sealed class SmallFileReadTests
{
    private static readonly ExtensionRegistry Registry = new([
        new ExtensionInfo("nes", "rom", false, false, false, []),
        new ExtensionInfo("sfc", "rom", false, false, false, []),
        new ExtensionInfo("zip", "archive", true, false, false, []),
    ]);

    [Test]
    public async Task Small_files_hash_as_the_stream_read_does_with_one_reused_scratch()
    {
        using var folder = new TempDirectory();
        var nes = new byte[16 + 32 * 1024];
        "NES\x1A"u8.CopyTo(nes);
        nes[4] = 2;
        Random.Shared.NextBytes(nes.AsSpan(16));
        var snes = new byte[512 + 256 * 1024];
        Random.Shared.NextBytes(snes.AsSpan(512));
        var files = new Dictionary<string, byte[]>
        {
            ["empty.nes"] = [],
            ["one.bin"] = [42],
            ["headered.nes"] = nes,
            ["copier.sfc"] = snes,
            ["plain.bin"] = Data(18 * 1024, 1),
            ["limit.bin"] = Data(SmallFileScratch.MaxFileBytes, 2),
            ["over.bin"] = Data(SmallFileScratch.MaxFileBytes + 1, 3),
            ["smaller-after.bin"] = Data(70_000, 4),
        };
        foreach (var (name, bytes) in files)
        {
            await File.WriteAllBytesAsync(folder.File(name), bytes);
        }

        new ArchiveFiles(folder).Zip("set.zip", ("game.nes", Data(30_000, 5)));
        using var scratch = new SmallFileScratch();
        foreach (var options in new[] { new ScanSettings().HashOptions(), new HashOptions(64 * 1024, 1000) })
        {
            var hasher = Hasher(folder, options);
            foreach (var name in files.Keys.Append("set.zip"))
            {
                var job = JobFor(folder, name);

                var streamed = hasher.Hash(job, CancellationToken.None);
                var raw = hasher.Hash(job, CancellationToken.None, scratch: scratch);

                await Assert.That(streamed.Failure).IsNull().Because(name);
                await Assert.That(Describe(raw)).IsEqualTo(Describe(streamed)).Because($"{name}, MD5/CRC32 limit {options.Md5Crc32SizeLimitBytes}");
            }
        }

        var headered = Hasher(folder, new ScanSettings().HashOptions()).Hash(JobFor(folder, "headered.nes"), CancellationToken.None, scratch: scratch);
        await Assert.That(headered.Hashes!.HeaderKind).IsEqualTo("ines");
        await Assert.That(headered.Hashes.Headerless!.Sha1.ToHex()).IsEqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(nes.AsSpan(16))));
        await Assert.That(headered.Metadata.Count).IsGreaterThan(0);
    }

    [Test]
    public async Task A_file_replaced_by_a_link_out_of_its_root_after_discovery_is_not_read()
    {
        using var outside = new TempDirectory();
        using var root = new TempDirectory();
        var secret = outside.File("secret.nes");
        await File.WriteAllBytesAsync(secret, Data(2000, 6));
        await File.WriteAllBytesAsync(outside.File("big.nes"), Data(SmallFileScratch.MaxFileBytes + 10, 7));
        File.CreateSymbolicLink(root.File("game.nes"), secret);
        File.CreateSymbolicLink(root.File("big.nes"), outside.File("big.nes"));
        var hasher = Hasher(root, new ScanSettings().HashOptions());
        using var scratch = new SmallFileScratch();

        foreach (var name in new[] { "game.nes", "big.nes" })
        {
            foreach (var withScratch in new[] { scratch, null })
            {
                var outcome = hasher.Hash(JobFor(root, name), CancellationToken.None, scratch: withScratch);

                await Assert.That(outcome.Hashes).IsNull().Because(name);
                await Assert.That(outcome.Problems.Single().Kind).IsEqualTo(ScanProblemKinds.Link);
                await Assert.That(outcome.Failure!).Contains("symbolic link leading outside the root");
            }
        }
    }

    [Test]
    public async Task A_folder_on_the_path_replaced_by_a_link_out_of_its_root_after_discovery_is_not_read()
    {
        using var outside = new TempDirectory();
        using var root = new TempDirectory();
        Directory.CreateDirectory(outside.File("sub"));
        await File.WriteAllBytesAsync(outside.File("sub/game.nes"), Data(2000, 15));
        await File.WriteAllBytesAsync(outside.File("sub/big.nes"), Data(SmallFileScratch.MaxFileBytes + 10, 16));
        // Discovery saw root/sub as a real folder; since then it became a link to a folder outside the root, and the
        // file there has the size and time discovery recorded (so only the path tells).
        File.CreateSymbolicLink(root.File("sub"), outside.File("sub"));
        var hasher = Hasher(root, new ScanSettings().HashOptions());
        using var scratch = new SmallFileScratch();

        foreach (var name in new[] { "sub/game.nes", "sub/big.nes" })
        {
            foreach (var withScratch in new[] { scratch, null })
            {
                var job = JobFor(root, name);

                var outcome = hasher.Hash(job, CancellationToken.None, scratch: withScratch);

                await Assert.That(outcome.Hashes).IsNull().Because(name);
                await Assert.That(outcome.Problems.Single().Kind).IsEqualTo(ScanProblemKinds.Link);
                await Assert.That(outcome.Failure!).Contains("leads outside the root");
            }
        }
    }

    [Test]
    public async Task A_file_under_a_folder_link_inside_the_root_is_still_read()
    {
        using var root = new TempDirectory();
        var content = Data(5000, 17);
        Directory.CreateDirectory(root.File("real"));
        await File.WriteAllBytesAsync(root.File("real/game.nes"), content);
        Directory.CreateSymbolicLink(root.File("alias"), root.File("real"));
        using var scratch = new SmallFileScratch();
        var job = JobFor(root, "alias/game.nes");

        foreach (var withScratch in new[] { scratch, null })
        {
            var outcome = Hasher(root, new ScanSettings().HashOptions()).Hash(job, CancellationToken.None, scratch: withScratch);

            await Assert.That(outcome.Failure).IsNull();
            await Assert.That(outcome.Hashes!.Sha1.ToHex()).IsEqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(content)));
        }
    }

    [Test]
    public async Task A_link_to_a_file_inside_the_root_is_still_read_through_the_link()
    {
        using var root = new TempDirectory();
        var content = Data(5000, 8);
        Directory.CreateDirectory(root.File("real"));
        await File.WriteAllBytesAsync(root.File("real/game.nes"), content);
        File.CreateSymbolicLink(root.File("alias.nes"), root.File("real/game.nes"));
        using var scratch = new SmallFileScratch();

        // Discovery records a link's target's size and time under the link's path.
        var job = JobFor(root, "real/game.nes") with { Path = new RootedPath(root.Path, "alias.nes") };

        var outcome = Hasher(root, new ScanSettings().HashOptions()).Hash(job, CancellationToken.None, scratch: scratch);

        await Assert.That(outcome.Failure).IsNull();
        await Assert.That(outcome.Hashes!.Sha1.ToHex()).IsEqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(content)));
    }

    [Test]
    public async Task A_fifo_or_folder_in_place_of_a_small_file_is_skipped_without_blocking()
    {
        using var root = new TempDirectory();
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", root.File("pipe.nes")))
        {
            await mkfifo.WaitForExitAsync();
        }

        Directory.CreateDirectory(root.File("folder.nes"));
        var hasher = Hasher(root, new ScanSettings().HashOptions());
        using var scratch = new SmallFileScratch();
        foreach (var name in new[] { "pipe.nes", "folder.nes" })
        {
            var job = new HashJob(1, 1, new RootedPath(root.Path, name), 100, "2024-01-01T00:00:00.0000000Z", 0);

            var outcome = await Task.Run(() => hasher.Hash(job, CancellationToken.None, scratch: scratch)).WaitAsync(Wait.HangGuard);

            await Assert.That(outcome.Failure!).IsEqualTo("not a regular file any more (a FIFO, socket or device since discovery); skipped");
        }
    }

    [Test]
    public async Task Changed_vanished_and_unreadable_small_files_fail_with_the_stream_reads_messages()
    {
        using var root = new TempDirectory();
        await File.WriteAllBytesAsync(root.File("grown.nes"), Data(3000, 9));
        await File.WriteAllBytesAsync(root.File("shrunk.nes"), Data(3000, 10));
        await File.WriteAllBytesAsync(root.File("touched.nes"), Data(3000, 11));
        await File.WriteAllBytesAsync(root.File("locked.nes"), Data(3000, 12));
        File.SetUnixFileMode(root.File("locked.nes"), UnixFileMode.None);
        var jobs = new[]
        {
            JobFor(root, "grown.nes") with { Size = 2000 },
            JobFor(root, "shrunk.nes") with { Size = 4000 },
            JobFor(root, "touched.nes") with { ModifiedTime = "2001-01-01T00:00:00.0000000Z" },
            new HashJob(1, 1, new RootedPath(root.Path, "vanished.nes"), 100, "2024-01-01T00:00:00.0000000Z", 0),
            JobFor(root, "locked.nes"),
        };
        var hasher = Hasher(root, new ScanSettings().HashOptions());
        using var scratch = new SmallFileScratch();
        string[] expected = ["changed while being scanned (2,000 bytes when found, 3,000 when read)", "changed while being scanned (4,000 bytes when found, 3,000 when read)",
            "changed while being scanned (modified after it was found)", "cannot read: Could not find file", "cannot read: Access to the path"];

        for (var i = 0; i < jobs.Length; i++)
        {
            var job = jobs[i];
            var (streamed, raw) = Unprivileged.Run(() => (hasher.Hash(job, CancellationToken.None), hasher.Hash(job, CancellationToken.None, scratch: scratch)));

            await Assert.That(raw.Failure!).StartsWith(expected[i]);
            await Assert.That(Describe(raw)).IsEqualTo(Describe(streamed)).Because(job.Path.Relative);
        }
    }

    [Test]
    public async Task A_file_rewritten_while_workers_read_it_is_never_recorded_with_mixed_content()
    {
        using var root = new TempDirectory();
        var versions = new[] { Data(40_000, 13), Data(40_000, 14) };
        var path = root.File("moving.nes");
        await File.WriteAllBytesAsync(path, versions[0]);
        // Discovery saw the file a day ago: every rewrite below gets a later modification time, however coarse the
        // file system's time stamps and however fast the machine (no sleep to wait for the clock to tick).
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-1));
        var job = JobFor(root, "moving.nes");
        var valid = versions.Select(v => Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(v))).ToHashSet();
        var hasher = Hasher(root, new ScanSettings().HashOptions());
        using var scratch = new SmallFileScratch();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            var turn = 1;
            while (!stop.IsCancellationRequested)
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                stream.Write(versions[turn++ % 2]);
            }
        });

        var changed = 0;
        for (var i = 0; i < 300; i++)
        {
            var outcome = hasher.Hash(job, CancellationToken.None, scratch: scratch);
            if (outcome.Failure is not null)
            {
                await Assert.That(outcome.Failure).StartsWith("changed while being scanned");
                changed++;
                continue;
            }

            await Assert.That(valid).Contains(outcome.Hashes!.Sha1.ToHex());
        }

        stop.Cancel();
        await writer;
        await Assert.That(changed).IsGreaterThan(0);
    }

    private static FileHasher Hasher(TempDirectory folder, HashOptions options) =>
        new(new FileClassifier(Registry), options, new ArchiveLimits(2, 1 << 20, 1L << 30, 1000, 100, folder.Path, options), PasswordDictionary.Empty, null);

    private static HashJob JobFor(TempDirectory root, string name)
    {
        var path = root.File(name);
        return new HashJob(1, 1, new RootedPath(root.Path, name), new FileInfo(path).Length, DiscoveryStager.FormatTime(File.GetLastWriteTimeUtc(path)), 0);
    }

    private static byte[] Data(int length, int seed)
    {
        var bytes = new byte[length];
        new System.Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Everything an outcome records, as text.</summary>
    private static string Describe(HashOutcome outcome) => string.Join("\n", [
        $"failure {outcome.Failure}; cache {outcome.FromCache}",
        $"hashes {Describe(outcome.Hashes)}; headerless {Describe(outcome.Hashes?.Headerless)}; header {outcome.Hashes?.HeaderKind}",
        $"classification {outcome.Classification?.ContentRole} {outcome.Classification?.ArchiveKind} {outcome.Classification?.Extension?.Extension} {outcome.Classification?.Warning}",
        $"members {string.Join(", ", outcome.Archive?.Members.Select(m => m.PathInArchive + " " + m.Hashes.Sha1.ToHex()) ?? [])}",
        .. outcome.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"metadata {p.Key}={p.Value}"),
        .. outcome.Problems.Select(p => $"problem {p.Kind} {p.Path} {p.Message}"),
    ]);

    private static string Describe(ContentHashes? hashes) =>
        hashes is null ? "none" : $"{hashes.Size} {hashes.Sha1} {hashes.Md5} {hashes.Crc32}";
}
