using System.IO.Hashing;
using System.Security.Cryptography;
using RomCurator.Core.Scans;
using RomCurator.Core.Pipeline;
using RomCurator.Core.Runs;
using RomCurator.Tests.Support;
using static RomCurator.Tests.Support.Fixtures;

namespace RomCurator.Tests.Core.Pipeline;

public sealed class IngestionJobTests
{
    [Test]
    public async Task A_first_scan_records_every_file_with_correct_hashes()
    {
        using var fixture = new ScanFixture();
        var game = Bytes(100_000, 1);
        fixture.Write("nes/Game (USA).nes", game);
        fixture.Write("gb/Other (Europe).gb", Bytes(32_768, 2));
        fixture.Write("readme.txt", "hello");
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(summary.FilesSeen).IsEqualTo(3L);
        await Assert.That(summary.FilesNew).IsEqualTo(3L);
        await Assert.That(summary.FilesHashed).IsEqualTo(3L);
        await Assert.That(summary.BytesHashed).IsEqualTo(100_000L + 32_768 + 5);
        await Assert.That(summary.Errors).IsEqualTo(0L);
        var row = fixture.Column("SELECT r.sha1 || ' ' || r.md5 || ' ' || r.crc32 || ' ' || r.size_bytes || ' ' || r.filename FROM rom_file r JOIN file_instance f ON f.rom_id = r.rom_id WHERE f.relative_path = 'nes/Game (USA).nes'").Single();
        await Assert.That(row).IsEqualTo($"{Hex(SHA1.HashData(game))} {Hex(MD5.HashData(game))} {Crc32.HashToUInt32(game):x8} 100000 Game (USA).nes");
        await Assert.That(fixture.Scalar<string>("SELECT content_role FROM rom_file WHERE filename = 'readme.txt'")).IsEqualTo("auxiliary");
        await Assert.That(fixture.Scalar<string>("SELECT status FROM import_log WHERE log_id = " + summary.RunId)).IsEqualTo("completed");
        await Assert.That(fixture.Scalar<string>("SELECT notes FROM import_log WHERE log_id = " + summary.RunId)).Contains("\"files_new\":3");
    }

    [Test]
    public async Task A_rescan_of_an_unchanged_library_reads_nothing_and_adds_no_rows()
    {
        using var fixture = new ScanFixture();
        fixture.Write("a.nes", Bytes(5000, 1));
        fixture.Write("b.zip", Zip(("inner.gb", Bytes(4000, 2))));
        fixture.AddRoot();
        fixture.Scan();
        var before = Snapshot(fixture);

        var summary = fixture.Scan();

        await Assert.That(summary.FilesUnchanged).IsEqualTo(2L);
        await Assert.That(summary.FilesHashed).IsEqualTo(0L);
        await Assert.That(summary.FilesNew).IsEqualTo(0L);
        await Assert.That(summary.ArchivesExpanded).IsEqualTo(0L);
        await Assert.That(Snapshot(fixture)).IsEquivalentTo(before);
    }

    [Test]
    public async Task A_changed_file_is_rehashed_and_points_at_its_new_content()
    {
        using var fixture = new ScanFixture();
        var path = fixture.Write("a.nes", Bytes(5000, 1));
        fixture.AddRoot();
        fixture.Scan();

        File.WriteAllBytes(path, Bytes(6000, 9));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var summary = fixture.Scan();

        await Assert.That(summary.FilesChanged).IsEqualTo(1L);
        await Assert.That(fixture.Scalar<long>("SELECT r.size_bytes FROM file_instance f JOIN rom_file r ON r.rom_id = f.rom_id")).IsEqualTo(6000L);
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM file_instance")).IsEqualTo(1L);
    }

    [Test]
    public async Task Missing_and_moved_files_are_detected_and_history_is_kept()
    {
        using var fixture = new ScanFixture();
        fixture.Write("gone.nes", Bytes(1000, 1));
        var moving = fixture.Write("old/place.nes", Bytes(2000, 2));
        fixture.AddRoot();
        fixture.Scan();

        File.Delete(Path.Combine(fixture.Library, "gone.nes"));
        Directory.CreateDirectory(Path.Combine(fixture.Library, "new"));
        File.Move(moving, Path.Combine(fixture.Library, "new/place.nes"));
        var summary = fixture.Scan();

        await Assert.That(summary.FilesMissing).IsEqualTo(2L);
        await Assert.That(summary.FilesNew).IsEqualTo(1L);
        await Assert.That(fixture.Column("SELECT relative_path || '=' || status FROM file_instance ORDER BY relative_path"))
            .IsEquivalentTo(["gone.nes=missing", "new/place.nes=present", "old/place.nes=missing"]);
        await Assert.That(fixture.Scalar<long>("SELECT count(DISTINCT rom_id) FROM file_instance WHERE relative_path LIKE '%place.nes'")).IsEqualTo(1L);
    }

    [Test]
    public async Task Zip_members_are_hashed_without_extracting_and_linked_to_their_container()
    {
        using var fixture = new ScanFixture();
        var rom = Bytes(70_000, 3);
        var inner = Zip(("deep.gba", Bytes(3000, 4)));
        fixture.Write("set.zip", Zip(("Game (Japan).sfc", rom), ("nested.zip", inner), ("info.txt", Bytes(10, 5))));
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.ArchivesExpanded).IsEqualTo(1L);
        await Assert.That(summary.ArchiveMembers).IsEqualTo(4L);
        await Assert.That(fixture.Scalar<string>("SELECT r.sha1 FROM archive_member m JOIN rom_file r ON r.rom_id = m.child_rom_id WHERE m.path_in_archive = 'Game (Japan).sfc'"))
            .IsEqualTo(Hex(SHA1.HashData(rom)));
        await Assert.That(fixture.Scalar<long>("""
            SELECT count(*) FROM archive_member m JOIN rom_file p ON p.rom_id = m.parent_rom_id
            WHERE m.path_in_archive = 'deep.gba' AND p.filename = 'nested.zip'
            """)).IsEqualTo(1L);
        await Assert.That(Directory.GetFiles(fixture.Library, "*", SearchOption.AllDirectories).Length).IsEqualTo(1);
    }

    [Test]
    public async Task Signatures_decide_what_is_an_archive_not_names()
    {
        using var fixture = new ScanFixture();
        fixture.Write("fake.zip", "this is not a zip at all");
        fixture.Write("disguised.bin", Zip(("hidden.nes", Bytes(500, 6))));
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.ArchivesExpanded).IsEqualTo(1L);
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM archive_member WHERE path_in_archive = 'hidden.nes'")).IsEqualTo(1L);
        await Assert.That(summary.Problems.Any(p => p.Path == "fake.zip" && p.Message.Contains("not an archive"))).IsTrue();
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM file_instance WHERE relative_path = 'fake.zip'")).IsEqualTo(1L);
    }

    [Test]
    public async Task A_corrupt_archive_is_recorded_and_the_scan_goes_on()
    {
        using var fixture = new ScanFixture();
        var zip = Zip(("a.nes", Bytes(50_000, 7)));
        fixture.Write("broken.zip", zip[..(zip.Length / 2)]);
        fixture.Write("fine.nes", Bytes(100, 8));
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.Status).IsEqualTo("completed");
        await Assert.That(summary.Errors).IsGreaterThanOrEqualTo(1L);
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM file_instance")).IsEqualTo(2L);
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM file_operation_log WHERE operation_type = 'error' AND source_path LIKE 'broken.zip%'")).IsEqualTo(1L);
        await Assert.That(fixture.Scalar<string>("SELECT status FROM ingestion_queue WHERE absolute_path LIKE '%broken.zip'")).IsEqualTo("error");
    }

    [Test]
    public async Task An_encrypted_archive_is_reported_then_opened_once_its_password_is_in_the_dictionary()
    {
        using var fixture = new ScanFixture();
        using var tools = new TempDirectory();
        var rom = Bytes(20_000, 12);
        var locked = new ArchiveFiles(tools).EncryptedZip("locked.zip", "open sesame", ("Secret (USA).gba", rom));
        fixture.Write("locked.zip", File.ReadAllBytes(locked));
        fixture.Write("plain.nes", Bytes(100, 13));
        fixture.AddRoot();

        var first = fixture.Scan();
        var dictionary = tools.Write("passwords.txt", "wrong\nopen sesame\n");
        var withPasswords = new ScanRequest(fixture.Settings with
        {
            Settings = WithDictionary(fixture.Settings.Settings, dictionary),
        });
        var second = new IngestionJob(withPasswords).Run(CancellationToken.None);

        await Assert.That(first.Status).IsEqualTo("completed");
        await Assert.That(first.PasswordsRequired).IsEqualTo(1L);
        await Assert.That(first.Problems.Single().Kind).IsEqualTo("password_required");
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM file_operation_log WHERE operation_type = 'password_required' AND source_path = 'locked.zip'")).IsEqualTo(1L);
        await Assert.That(second.PasswordsRequired).IsEqualTo(0L);
        await Assert.That(second.ArchiveMembers).IsEqualTo(1L);
        await Assert.That(fixture.Scalar<string>("SELECT r.sha1 FROM archive_member m JOIN rom_file r ON r.rom_id = m.child_rom_id WHERE m.path_in_archive = 'Secret (USA).gba'"))
            .IsEqualTo(Hex(SHA1.HashData(rom)));
        await Assert.That(fixture.Scalar<long>("SELECT count(*) FROM ingestion_queue WHERE status = 'error'")).IsEqualTo(0L);
    }

    [Test]
    public async Task Seven_zip_tar_gz_and_gz_members_are_recorded()
    {
        using var fixture = new ScanFixture();
        using var tools = new TempDirectory();
        var files = new ArchiveFiles(tools);
        var a = Bytes(30_000, 21);
        var b = Bytes(40_000, 22);
        fixture.Write("a.7z", File.ReadAllBytes(files.SevenZip("a.7z", null, false, ("a.sfc", a))));
        fixture.Write("b.tar.gz", File.ReadAllBytes(files.Tar("b.tar.gz", true, ("dir/b.md", b))));
        fixture.Write("c.gb.gz", File.ReadAllBytes(files.Gzip("c.gb.gz", a)));
        fixture.AddRoot();

        var summary = fixture.Scan();

        await Assert.That(summary.ArchivesExpanded).IsEqualTo(3L);
        await Assert.That(fixture.Column("SELECT m.path_in_archive || '=' || r.sha1 FROM archive_member m JOIN rom_file r ON r.rom_id = m.child_rom_id ORDER BY 1"))
            .IsEquivalentTo([$"a.sfc={Hex(SHA1.HashData(a))}", $"c.gb={Hex(SHA1.HashData(a))}", $"dir/b.md={Hex(SHA1.HashData(b))}"]);
    }

    [Test]
    public async Task Ignore_globs_from_the_config_are_honoured()
    {
        using var fixture = new ScanFixture("""{ "scan": { "ignoreGlobs": ["*.bak", "private/"] } }""");
        fixture.Write("keep.nes", "x");
        fixture.Write("old.nes.bak", "x");
        fixture.Write("private/diary.nes", "x");
        fixture.AddRoot();

        fixture.Scan();

        await Assert.That(fixture.Column("SELECT relative_path FROM file_instance")).IsEquivalentTo(["keep.nes"]);
    }

    [Test]
    public async Task A_scan_never_modifies_the_library()
    {
        using var fixture = new ScanFixture();
        fixture.Write("a.nes", Bytes(3000, 1));
        fixture.Write("b.zip", Zip(("c.nes", Bytes(2000, 2))));
        fixture.Write("d/e.7z.zip", "not really");
        fixture.AddRoot();
        var before = LibraryState(fixture.Library);

        fixture.Scan();
        fixture.Scan();

        await Assert.That(LibraryState(fixture.Library)).IsEquivalentTo(before);
    }

    [Test]
    public async Task A_cancelled_scan_resumes_and_ends_like_an_uninterrupted_one()
    {
        using var interrupted = SixHundredFiles();
        using var clean = SixHundredFiles();

        using var cancel = new CancellationTokenSource();
        var progress = new CancelAfter(cancel, processed: 100);
        var first = new IngestionJob(new ScanRequest(interrupted.Settings), progress).Run(cancel.Token);
        var resumed = interrupted.Scan();
        clean.Scan();

        await Assert.That(first.Status).IsEqualTo("cancelled");
        await Assert.That(resumed.Resumed).IsTrue();
        await Assert.That(resumed.RunId).IsEqualTo(first.RunId);
        await Assert.That(resumed.Status).IsEqualTo("completed");
        await Assert.That(Snapshot(interrupted)).IsEquivalentTo(Snapshot(clean));
        await Assert.That(interrupted.Scalar<long>("SELECT count(*) FROM import_log")).IsEqualTo(1L);
    }

    [Test]
    public async Task A_cancelled_and_resumed_scan_reports_the_whole_run_in_its_summary_and_notes()
    {
        using var interrupted = SixHundredFiles();
        using var clean = SixHundredFiles();

        using var cancel = new CancellationTokenSource();
        var first = new IngestionJob(new ScanRequest(interrupted.Settings), new CancelAfter(cancel, processed: 100)).Run(cancel.Token);
        var resumed = interrupted.Scan();
        var whole = clean.Scan();

        await Assert.That(first.FilesNew).IsGreaterThan(0L).And.IsLessThan(600L);
        await Assert.That(resumed.Resumed).IsTrue();
        await Assert.That(resumed.FilesSeen).IsEqualTo(whole.FilesSeen);
        await Assert.That(resumed.FilesNew).IsEqualTo(whole.FilesNew);
        await Assert.That(resumed.FilesHashed).IsEqualTo(whole.FilesHashed);
        await Assert.That(resumed.BytesHashed).IsEqualTo(whole.BytesHashed);
        await Assert.That(resumed.DurationS).IsGreaterThanOrEqualTo(first.DurationS);
        await Assert.That(interrupted.Scalar<string>($"SELECT notes FROM import_log WHERE log_id = {resumed.RunId}")).Contains("\"files_new\":600,");
    }

    [Test]
    public async Task Two_scans_cannot_run_at_once()
    {
        using var fixture = new ScanFixture();
        fixture.Write("a.nes", Bytes(3000, 1));
        fixture.AddRoot();
        using var paused = new PausingProgress<ScanProgress>(p => p.FilesProcessed >= 1);
        var first = Task.Run(() => new IngestionJob(new ScanRequest(fixture.Settings), paused).Run(CancellationToken.None));
        paused.WaitUntilPaused();

        await Assert.That(() => fixture.Scan()).Throws<JobBusyException>()
            .WithMessageContaining($"a scan is in progress (pid {Environment.ProcessId})");
        paused.Resume();
        await Assert.That((await first).Status).IsEqualTo("completed");
    }

    [Test]
    public async Task Scans_of_different_databases_sharing_the_logs_folder_do_not_block_each_other()
    {
        using var fixture = new ScanFixture();
        fixture.Write("a.nes", Bytes(3000, 1));
        fixture.AddRoot();
        var otherDatabase = fixture.Settings with { Paths = fixture.Settings.Paths with { Database = Path.Combine(fixture.Home, "other", "other.db") } };
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.OpenAndMigrate(otherDatabase.Paths.Database))
        {
            new RomCurator.Core.Library.LibraryRootStore(connection).Add(fixture.Library, "other", null);
        }

        using var paused = new PausingProgress<ScanProgress>(p => p.FilesProcessed >= 1);
        var first = Task.Run(() => new IngestionJob(new ScanRequest(fixture.Settings), paused).Run(CancellationToken.None));
        paused.WaitUntilPaused();
        var second = new IngestionJob(new ScanRequest(otherDatabase)).Run(CancellationToken.None);
        paused.Resume();

        await Assert.That(second.Status).IsEqualTo("completed");
        await Assert.That(second.FilesNew).IsEqualTo(1L);
        await Assert.That((await first).Status).IsEqualTo("completed");
    }

    [Test]
    public async Task A_checkpoint_is_only_resumed_by_a_scan_of_its_own_database()
    {
        using var fixture = new ScanFixture(FiftyFileBatches);
        for (var i = 0; i < 600; i++)
        {
            fixture.Write($"f{i / 100}/game{i}.nes", Bytes(2000, i));
        }

        fixture.AddRoot(name: "lib");
        // Another database, same logs folder, same root id, and a failed run with the interrupted scan's number.
        var other = fixture.Settings with { Paths = fixture.Settings.Paths with { Database = Path.Combine(fixture.Home, "other", "other.db") } };
        using (var connection = RomCurator.Core.Storage.DatabaseOpener.OpenAndMigrate(other.Paths.Database))
        {
            new RomCurator.Core.Library.LibraryRootStore(connection).Add(fixture.Library, "lib", null);
            var bad = Path.Combine(fixture.Home, "bad.dat");
            File.WriteAllText(bad, "this is not a DAT");
            new RomCurator.Core.Dats.Import.DatImporter(connection).Import(bad, null, CancellationToken.None);
        }

        using var cancel = new CancellationTokenSource();
        var interrupted = new IngestionJob(new ScanRequest(fixture.Settings), new CancelAfter(cancel, processed: 100)).Run(cancel.Token);
        var otherScan = new IngestionJob(new ScanRequest(other)).Run(CancellationToken.None);
        var resumed = fixture.Scan();

        await Assert.That(interrupted.Status).IsEqualTo("cancelled");
        await Assert.That(interrupted.RunId).IsEqualTo(1L);
        await Assert.That(otherScan.Resumed).IsFalse().Because("the checkpoint belongs to the other database");
        await Assert.That(otherScan.RunId).IsEqualTo(2L);
        await Assert.That(otherScan.FilesNew).IsEqualTo(600L);
        await Assert.That(resumed.Resumed).IsTrue().Because("the other database's scan left this database's checkpoint alone");
        await Assert.That(resumed.RunId).IsEqualTo(interrupted.RunId);
        using var check = RomCurator.Core.Storage.DatabaseOpener.Open(other.Paths.Database);
        await Assert.That(Sql.Scalar<string>(check, "SELECT status || ' ' || file_name FROM import_log WHERE log_id = 1")).IsEqualTo("failed bad.dat");
    }

    [Test]
    public async Task Scanning_with_no_roots_says_how_to_add_one()
    {
        using var fixture = new ScanFixture();

        await Assert.That(() => fixture.Scan()).Throws<ScanException>().WithMessageContaining("roots add");
    }

    /// <summary>
    /// Batches of 50 files: the scan reports progress at each committed batch, so a cancel asked at the 100th file lands
    /// midway however fast the machine (with the default 2000, all 600 files can be written before the first report).
    /// </summary>
    private const string FiftyFileBatches = """{ "scan": { "batchSize": 50 } }""";

    /// <summary>A library of 600 small files in six folders, under one root "lib": long enough a scan to cancel midway.</summary>
    private static ScanFixture SixHundredFiles()
    {
        var fixture = new ScanFixture(FiftyFileBatches);
        for (var i = 0; i < 600; i++)
        {
            fixture.Write($"f{i / 100}/game{i}.nes", Bytes(2000, i));
        }

        fixture.AddRoot(name: "lib");
        return fixture;
    }

    private static RomCurator.Core.Configuration.RomCuratorSettings WithDictionary(RomCurator.Core.Configuration.RomCuratorSettings settings, string path)
    {
        settings.Archives.PasswordDictionaryPath = path;
        return settings;
    }

    private static List<string> LibraryState(string library) =>
        Directory.GetFiles(library, "*", SearchOption.AllDirectories).Order()
            .Select(f => $"{f}|{File.GetLastWriteTimeUtc(f):O}|{Hex(SHA1.HashData(File.ReadAllBytes(f)))}").ToList();

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private sealed class CancelAfter(CancellationTokenSource source, long processed) : IProgress<ScanProgress>
    {
        public void Report(ScanProgress value)
        {
            if (value.FilesProcessed >= processed)
            {
                source.Cancel();
            }
        }
    }
}
