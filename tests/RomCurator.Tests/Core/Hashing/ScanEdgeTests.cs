using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Archives;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Digests;
using RomCurator.Core.Scans;
using RomCurator.Core.Classification;
using RomCurator.Core.Hashing;
using RomCurator.Core.Hashing.Writing;
using RomCurator.Core.Logging;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Hashing;

/// <summary>The edges of a scan, one unit at a time: names, the writer's safety net, the cache, the dictionary, counts.</summary>
public sealed class ScanEdgeTests
{
    [Test]
    public async Task The_extension_registry_accepts_any_name()
    {
        var registry = new ExtensionRegistry([new ExtensionInfo("nes", "rom", false, false, false, []), new ExtensionInfo("tar.gz", "archive", true, false, false, [])]);

        string[] noExtension = ["", "\\", "/", ".", "..", "...", "a.", "dir/", "x/.nes", "\0", "\u00ff\u00fe"];
        foreach (var name in noExtension)
        {
            await Assert.That(registry.Find(name)).IsNull().Because($"'{name}' has no extension");
        }

        await Assert.That(registry.Find("a.nes")!.Extension).IsEqualTo("nes");
        await Assert.That(registry.Find("dir/..nes")!.Extension).IsEqualTo("nes");
        await Assert.That(registry.Find("x.tar.gz")!.Extension).IsEqualTo("tar.gz");
    }

    [Test]
    public async Task A_member_name_gets_a_suffix_only_when_a_sibling_already_has_it()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);

        string[] listed = [.. new[] { "a.nes", "b.nes", "a.nes", "a.nes", "" , "" }.Select(name => ArchiveMemberWriter.Unique(taken, name))];

        await Assert.That(listed).IsEquivalentTo(new[] { "a.nes", "b.nes", "a.nes (duplicate 2)", "a.nes (duplicate 3)", "", " (duplicate 2)" });
    }

    [Test]
    public async Task A_fault_of_one_file_in_the_writer_is_its_problem_and_the_batch_goes_on()
    {
        using var fixture = new ScanFixture();
        fixture.Write("seed.nes", Bytes(100, 1));
        var root = fixture.AddRoot();
        var run = fixture.Scan();
        var counters = new ScanCounters();
        using var connection = fixture.Open();
        using var log = new CategoryLog(fixture.Settings.Paths.Logs, "ingestion");
        using var archiveLog = new CategoryLog(fixture.Settings.Paths.Logs, "ingestion.archive");
        using (var writer = new IngestionWriter(connection, run.RunId, ExtensionRegistry.Load(connection), counters, log, archiveLog))
        {
            // The second file names a root that does not exist: its file_instance row breaks a foreign key.
            writer.WriteBatch([Outcome(root.RootId, "good.nes", Bytes(200, 2)), Outcome(987_654, "odd.nes", Bytes(300, 3)), Outcome(root.RootId, "after.nes", Bytes(400, 4))]);
        }

        await Assert.That(fixture.Column("SELECT relative_path FROM file_instance ORDER BY relative_path")).IsEquivalentTo(new[] { "after.nes", "good.nes", "seed.nes" });
        var problem = counters.Summarize(0, "completed", false, [], TimeSpan.Zero, null).Problems.Single();
        await Assert.That(problem.Kind).IsEqualTo(ScanProblemKinds.Internal);
        await Assert.That(problem.Path).IsEqualTo("odd.nes");
        await Assert.That(problem.Message).Contains("could not be recorded (SqliteException)");
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM rom_file WHERE size_bytes = 300")).IsEqualTo(0L).Because("the faulty file's rows were rolled back");
    }

    [Test]
    public async Task Only_a_fault_of_the_database_fails_a_run()
    {
        await Assert.That(IngestionWriter.IsDatabaseFault(new SqliteException("disk full", 13))).IsTrue();
        await Assert.That(IngestionWriter.IsDatabaseFault(new SqliteException("disk I/O error", 10))).IsTrue();
        await Assert.That(IngestionWriter.IsDatabaseFault(new SqliteException("database disk image is malformed", 11))).IsTrue();
        await Assert.That(IngestionWriter.IsDatabaseFault(new OperationCanceledException())).IsTrue();
        await Assert.That(IngestionWriter.IsDatabaseFault(new SqliteException("FOREIGN KEY constraint failed", 19))).IsFalse();
        await Assert.That(IngestionWriter.IsDatabaseFault(new ArgumentOutOfRangeException("startIndex"))).IsFalse();
    }

    [Test]
    public async Task A_damaged_hash_cache_is_moved_aside_once_and_rebuilt()
    {
        using var folder = new TempDirectory();
        var path = folder.File("romcurator.cache.db");
        var garbage = Bytes(65_536, 5);
        File.WriteAllBytes(path, garbage);
        var said = new List<string>();

        var hashes = new ContentHashes(3, HashValue.FromHex(new string('a', 40)), null, null);
        using (var cache = HashCache.Open(path, said.Add))
        {
            await Assert.That(cache.IsOn).IsTrue();
            cache.Store([new CachedHash("/x.nes", "t", hashes)]);
            await Assert.That(cache.Find("/x.nes", 3, "t")).IsEqualTo(hashes);
        }

        await Assert.That(said).Count().IsEqualTo(1);
        await Assert.That(said[0]).Contains("was damaged (file is not a database): moved aside to");
        await Assert.That(File.ReadAllBytes(path + ".damaged")).IsEquivalentTo(garbage);
        using var reopened = HashCache.Open(path, said.Add);
        await Assert.That(reopened.Find("/x.nes", 3, "t")).IsEqualTo(hashes);
        await Assert.That(said).Count().IsEqualTo(1);
    }

    [Test]
    public async Task A_hash_cache_that_cannot_be_a_file_is_switched_off()
    {
        using var folder = new TempDirectory();
        var said = new List<string>();

        using var cache = HashCache.Open(folder.Path, said.Add);
        cache.Store([new CachedHash("/x.nes", "t", new ContentHashes(1, HashValue.FromHex(new string('b', 40)), null, null))]);

        await Assert.That(cache.IsOn).IsFalse();
        await Assert.That(cache.Find("/x.nes", 1, "t")).IsNull();
        await Assert.That(said.Single()).Contains("this scan runs without it");
        await Assert.That(Directory.Exists(folder.Path)).IsTrue();
    }

    [Test]
    public async Task Bounded_lines_skip_what_is_too_long_and_stop_at_the_limits()
    {
        var reader = new BoundedLineReader(maxLineLength: 5, maxLines: 3, maxBytes: 1000);

        var read = reader.Read(Text("one\r\n" + new string('x', 50) + "\ntwo\nabcde\r\n"));
        var counted = reader.Read(Text("a\nb\nc\nd\n"));
        var capped = new BoundedLineReader(5, 100, 10).Read(Text("aa\nbb\ncc\ndd\nee\n"));
        var exact = reader.Read(Text("a\nb\nc\n"));

        await Assert.That(read.Lines).IsEquivalentTo(new[] { "one", "two", "abcde" });
        await Assert.That(read.SkippedTooLong).IsEqualTo(1);
        await Assert.That(read.Truncated).IsFalse();
        await Assert.That(counted.Lines).IsEquivalentTo(new[] { "a", "b", "c" });
        await Assert.That(counted.Truncated).IsTrue();
        await Assert.That(capped.Lines).IsEquivalentTo(new[] { "aa", "bb", "cc", "d" });
        await Assert.That(capped.Truncated).IsTrue();
        await Assert.That(exact.Truncated).IsFalse();
    }

    [Test]
    public async Task A_password_dictionary_that_never_ends_is_refused_or_read_in_bounds()
    {
        using var folder = new TempDirectory();
        var fifo = folder.File("pipe.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        var huge = folder.Write("huge.txt", "right\n");
        using (var file = new FileStream(huge, FileMode.Open))
        {
            file.SetLength(300L * 1024 * 1024);
        }

        var device = PasswordDictionary.Load("/dev/zero");
        var pipe = PasswordDictionary.Load(fifo);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var bounded = PasswordDictionary.Load(huge);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        await Assert.That(device.Passwords).IsEmpty();
        await Assert.That(device.Problem!).Contains("is not a regular file");
        await Assert.That(pipe.Problem!).Contains("is not a regular file");
        await Assert.That(bounded.Passwords).IsEquivalentTo(new[] { "right" });
        await Assert.That(bounded.Problem!).Contains("1 line longer than 1024 characters skipped");
        await Assert.That(bounded.Problem!).Contains("only the first 100,000 lines or 64 MiB were read");
        await Assert.That(allocated).IsLessThan(300L * 1024 * 1024).Because("the dictionary is streamed, not loaded whole");
    }

    [Test]
    public async Task A_rescan_retries_a_damaged_archive_without_calling_it_changed()
    {
        using var fixture = new ScanFixture();
        var zip = Zip(("game.nes", Bytes(50_000, 6)));
        fixture.Write("cut.zip", zip[..(zip.Length / 2)]);
        fixture.Write("fine.nes", Bytes(1000, 7));
        fixture.AddRoot();
        fixture.Scan();

        var again = fixture.Scan();

        await Assert.That(again.Status).IsEqualTo("completed");
        await Assert.That(again.FilesChanged).IsEqualTo(0L);
        await Assert.That(again.FilesRetried).IsEqualTo(1L);
        await Assert.That(again.FilesUnchanged).IsEqualTo(1L);
    }

    [Test]
    public async Task A_zip_lists_members_that_share_content_or_a_name()
    {
        using var fixture = new ScanFixture();
        fixture.Write("shared.zip", Zip(("a.nes", Bytes(100, 8)), ("b.nes", Bytes(100, 8)), ("a.nes", Bytes(100, 9))));
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.ArchiveMembers).IsEqualTo(3L);
        await Assert.That(fixture.Column("SELECT path_in_archive FROM archive_member ORDER BY sort_order"))
            .IsEquivalentTo(new[] { "a.nes", "b.nes", "a.nes (duplicate 2)" });
    }

    [Test]
    public async Task A_file_replaced_by_a_fifo_after_discovery_is_skipped_not_opened()
    {
        using var folder = new TempDirectory();
        var fifo = folder.File("game.nes");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        var hasher = new FileHasher(new FileClassifier(new ExtensionRegistry([])), new RomCurator.Core.Configuration.ScanSettings().HashOptions(),
            new ArchiveLimits(2, 1 << 20, 1L << 30, 1000, 100, folder.Path, new RomCurator.Core.Configuration.ScanSettings().HashOptions()), PasswordDictionary.Empty, null);
        var job = new HashJob(1, 1, new RootedPath(folder.Path, "game.nes"), 100, "2024-01-01T00:00:00.0000000Z", 0);

        var outcome = await Task.Run(() => hasher.Hash(job, CancellationToken.None)).WaitAsync(Wait.HangGuard);

        await Assert.That(outcome.Failure!).Contains("not a regular file any more");
    }

    [Test]
    public async Task An_ignore_glob_matches_a_long_hostile_path_in_linear_time()
    {
        var glob = new RomCurator.Core.Discovery.GlobPattern("*a*a*a*a*a*a*a*a*a*a*b");
        var path = new string('a', 3000) + ".nes";

        var matched = await Task.Run(() => glob.IsMatch(path)).WaitAsync(Wait.HangGuard);

        await Assert.That(matched).IsFalse();
        await Assert.That(glob.IsMatch("xaaaaaaaaaaaab")).IsTrue();
    }

    [Test]
    public async Task Members_of_two_nested_archives_with_the_same_name_stay_with_their_own_archive()
    {
        using var fixture = new ScanFixture();
        var first = Zip(("x.nes", Bytes(100, 10)));
        var second = Zip(("x.nes", Bytes(100, 11)));
        fixture.Write("outer.zip", Zip(("inner.zip", first), ("inner.zip", second)));
        fixture.AddRoot();

        fixture.Scan();

        var rows = fixture.Column("""
            SELECT p.sha1 || ' ' || m.path_in_archive || ' ' || c.sha1 FROM archive_member m
            JOIN rom_file p ON p.rom_id = m.parent_rom_id JOIN rom_file c ON c.rom_id = m.child_rom_id ORDER BY m.sort_order
            """);
        await Assert.That(rows).IsEquivalentTo(new[]
        {
            $"{Sha1(fixture, "outer.zip")} inner.zip {Hex(first)}",
            $"{Hex(first)} x.nes {Hex(Bytes(100, 10))}",
            $"{Sha1(fixture, "outer.zip")} inner.zip (duplicate 2) {Hex(second)}",
            $"{Hex(second)} x.nes {Hex(Bytes(100, 11))}",
        });
    }

    private static string Hex(byte[] content) => Convert.ToHexStringLower(SHA1.HashData(content));

    private static string Sha1(ScanFixture fixture, string path) =>
        fixture.Scalar<string>($"SELECT r.sha1 FROM rom_file r JOIN file_instance f ON f.rom_id = r.rom_id WHERE f.relative_path = '{path}'");

    private static HashOutcome Outcome(long rootId, string name, byte[] content)
    {
        var hashes = new ContentHashes(content.Length, new HashValue(SHA1.HashData(content)), null, null);
        var job = new HashJob(-1, rootId, new RootedPath("/nowhere", name), content.Length, "2024-01-01T00:00:00.0000000Z", 0);
        return new HashOutcome(job, hashes, new FileClassification(null, ContentRoles.Rom, null, null), null, [], null, false);
    }

    private static MemoryStream Text(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    private static byte[] Bytes(int size, int seed)
    {
        var data = new byte[size];
        new Random(seed).NextBytes(data);
        return data;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] members)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in members)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
