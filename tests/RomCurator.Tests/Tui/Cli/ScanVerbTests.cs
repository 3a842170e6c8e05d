using System.Text.Json;
using RomCurator.Core.Diagnostics;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli;

namespace RomCurator.Tests.Tui.Cli;

public sealed class ScanVerbTests
{
    private static readonly string[] ContractKeys =
    [
        "run_id", "status", "files_seen", "files_new", "files_changed", "files_unchanged", "files_missing", "files_hashed",
        "bytes_hashed", "archives_expanded", "archive_members", "matched_hash", "matched_title", "candidates", "errors", "duration_s",
    ];

    [Test]
    public async Task Scan_json_prints_one_object_with_the_contract_keys()
    {
        using var home = new TempDirectory();
        var library = home.Write("lib/a.nes", "abc");
        CliRun.Invoke(home, "roots", "add", Path.GetDirectoryName(library)!);

        var run = CliRun.Invoke(home, "scan", "--json");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        using var document = JsonDocument.Parse(run.Output);
        foreach (var key in ContractKeys)
        {
            await Assert.That(document.RootElement.TryGetProperty(key, out _)).IsTrue().Because($"key {key}");
        }

        await Assert.That(document.RootElement.GetProperty("files_new").GetInt64()).IsEqualTo(1L);
    }

    [Test]
    public async Task Scan_prints_a_readable_summary()
    {
        using var home = new TempDirectory();
        home.Write("lib/a.nes", "abc");
        home.Write("lib/b.zip", "not a zip");
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--name", "mylib");

        var run = CliRun.Invoke(home, "scan", "--root", "mylib");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Ok);
        await Assert.That(run.Output).Contains("completed");
        await Assert.That(run.Output).Contains("2 seen: 2 new");
        await Assert.That(run.Output).Contains("b.zip");
    }

    [Test]
    public async Task Scanning_an_unknown_root_fails_clearly()
    {
        using var home = new TempDirectory();

        var run = CliRun.Invoke(home, "scan", "--root", "nope");

        await Assert.That(run.ExitCode).IsEqualTo(ExitCodes.Failed);
        await Assert.That(run.Error).Contains("no active root named 'nope'");
    }

    [Test]
    public async Task An_unreadable_file_is_an_error_row_not_a_crash()
    {
        using var home = new TempDirectory();
        OpenToEveryone(home.Path);
        home.Write("lib/ok.nes", "fine");
        var locked = home.Write("lib/locked.nes", "secret");
        OpenToEveryone(home.File("lib"));
        File.SetUnixFileMode(home.File("lib/ok.nes"), (UnixFileMode)0b110_110_110);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        RomCuratorProcess.Run(home.Path, ["roots", "add", home.File("lib")], asNobody: true);

        var run = RomCuratorProcess.Run(home.Path, ["scan", "--json"], asNobody: true);

        await Assert.That(run.ExitCode).IsEqualTo(0).Because(run.Error);
        using var document = JsonDocument.Parse(run.Output);
        await Assert.That(document.RootElement.GetProperty("errors").GetInt64()).IsEqualTo(1L);
        await Assert.That(document.RootElement.GetProperty("files_new").GetInt64()).IsEqualTo(1L);
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        await Assert.That(Sql.Scalar<string>(connection, "SELECT promotion_state || ': ' || message FROM file_discovery WHERE relative_path = 'locked.nes'"))
            .StartsWith("failed: cannot read");
    }

    [Test]
    [Arguments("phase.discovery:1")]
    [Arguments("discovery.batch:1")]
    [Arguments("phase.hashing:1")]
    [Arguments("hashing.file:7")]
    [Arguments("hashing.batch:1")]
    [Arguments("phase.finalizing:1")]
    [Arguments("scan.finishing:1")]
    public async Task A_scan_killed_with_sigkill_resumes_to_the_same_end_state(string crashPoint)
    {
        using var killed = FortyFilesAndAZip();
        using var clean = FortyFilesAndAZip();

        var crashed = RomCuratorProcess.Run(killed.Home, ["scan", "--json"],
            new Dictionary<string, string> { [CrashPoint.Variable] = crashPoint });
        var resumed = RomCuratorProcess.Run(killed.Home, ["scan", "--json"]);
        clean.Scan();

        await Assert.That(crashed.ExitCode).IsEqualTo(137).Because($"killed at {crashPoint}: {crashed.Error}");
        await Assert.That(resumed.ExitCode).IsEqualTo(0).Because(resumed.Error);
        using var document = JsonDocument.Parse(resumed.Output);
        await Assert.That(document.RootElement.GetProperty("resumed").GetBoolean()).IsTrue();
        await Assert.That(Fixtures.Snapshot(killed)).IsEquivalentTo(Fixtures.Snapshot(clean));
        await Assert.That(killed.Scalar<long>("SELECT count(*) FROM import_log")).IsEqualTo(1L);
        await Assert.That(killed.Scalar<string>("PRAGMA integrity_check")).IsEqualTo("ok");
    }

    [Test]
    [Arguments("phase.hashing:1")]
    [Arguments("hashing.file:7")]
    [Arguments("phase.finalizing:1")]
    [Arguments("scan.healed:1")]
    [Arguments("scan.finishing:1")]
    public async Task A_resumed_scan_reports_the_counts_of_the_whole_run(string crashPoint)
    {
        using var killed = FortyFilesAndAZip();
        using var clean = FortyFilesAndAZip();
        foreach (var fixture in new[] { killed, clean })
        {
            // Five of the files are in a DAT, so the matching counts are part of the comparison.
            var dat = fixture.Write("../nes.dat", "clrmamepro ( name \"Nintendo - Nintendo Entertainment System\" )\n" + string.Concat(Enumerable.Range(0, 5).Select(n =>
                $"game ( name \"Game {n} (USA)\" rom ( name \"Game {n} (USA).nes\" size {3000 + n} sha1 {Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(Fixtures.Bytes(3000 + n, n)))} ) )\n")));
            using var connection = fixture.Open();
            new RomCurator.Core.Dats.Import.DatImporter(connection).Import(dat, null, CancellationToken.None);
        }

        RomCuratorProcess.Run(killed.Home, ["scan", "--json"], new Dictionary<string, string> { [CrashPoint.Variable] = crashPoint });
        var resumed = RomCuratorProcess.Run(killed.Home, ["scan", "--json"]);
        var whole = clean.Scan();

        await Assert.That(resumed.ExitCode).IsEqualTo(0).Because(resumed.Error);
        using var document = JsonDocument.Parse(resumed.Output);
        var summary = document.RootElement;
        await Assert.That(summary.GetProperty("resumed").GetBoolean()).IsTrue();
        await Assert.That(summary.GetProperty("files_seen").GetInt64()).IsEqualTo(whole.FilesSeen);
        await Assert.That(summary.GetProperty("files_new").GetInt64()).IsEqualTo(whole.FilesNew);
        await Assert.That(summary.GetProperty("files_hashed").GetInt64()).IsEqualTo(whole.FilesHashed);
        await Assert.That(summary.GetProperty("bytes_hashed").GetInt64()).IsEqualTo(whole.BytesHashed);
        await Assert.That(summary.GetProperty("archives_expanded").GetInt64()).IsEqualTo(whole.ArchivesExpanded);
        await Assert.That(summary.GetProperty("archive_members").GetInt64()).IsEqualTo(whole.ArchiveMembers);
        await Assert.That(summary.GetProperty("matched_hash").GetInt64()).IsEqualTo(whole.MatchedHash);
        await Assert.That(summary.GetProperty("candidates").GetInt64()).IsEqualTo(whole.Candidates);
        await Assert.That(killed.Scalar<string>($"SELECT notes FROM import_log WHERE log_id = {summary.GetProperty("run_id").GetInt64()}")).IsEqualTo(resumed.Output.Trim())
            .Because("the run's notes keep the whole run's summary");
    }

    private static void OpenToEveryone(string folder) => File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);

    /// <summary>
    /// 40 files in four folders and a zip under one root "lib", scanned in batches of 5. The zip is built with a fixed
    /// entry time, so two libraries built this way hold the same bytes.
    /// </summary>
    private static ScanFixture FortyFilesAndAZip()
    {
        var fixture = new ScanFixture("""{ "scan": { "batchSize": 5 } }""");
        for (var i = 0; i < 40; i++)
        {
            fixture.Write($"d{i % 4}/game{i}.nes", Fixtures.Bytes(3000 + i, i));
        }

        fixture.Write("pack.zip", Fixtures.Zip(("x.gb", Fixtures.Bytes(100, 99))));
        fixture.AddRoot(name: "lib");
        return fixture;
    }
}
