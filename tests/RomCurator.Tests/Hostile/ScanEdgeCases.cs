using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Inputs at the edges of a scan that each once failed the whole run, on every rerun: member names with no file
/// name in them, a folder deeper than the system's path limit, a damaged hash cache, a password dictionary that
/// never ends; and what a scan lists and counts: a gzip's stored name, members that share content or a name, a
/// rescan of a library nobody touched. One odd entry is one recorded problem; the scan goes on.
/// </summary>
public static partial class ScanEdgeCases
{
    private const string Password = "open sesame";

    public static IEnumerable<HostileCase> All() =>
    [
        new("zip member named \\", "a zip with members '\\' and 'ok.nes' (ExtensionRegistry.Find threw out of the writer)", "'/', 'ok.nes'",
            w => ScanWith(w, "backslash.zip", File.ReadAllBytes(w.Archives.Zip("backslash.zip", ("\\", Data(100, 1)), ("ok.nes", Data(100, 2)))),
                Members("backslash.zip"))),
        new("zip member with the empty name", "a stored zip (written byte by byte) with members '', '.', '..' and 'ok.nes'", "'', '.', '..', 'ok.nes'",
            w => ScanWith(w, "unnamed.zip", RawZip(("", Data(100, 3)), (".", Data(100, 4)), ("..", Data(100, 5)), ("ok.nes", Data(100, 6))),
                Members("unnamed.zip"))),
        new("tar members named \\ and the empty name", "a ustar tar with members '\\', '' (name bytes zeroed, checksum fixed) and 'ok.nes'", "'/', '', 'ok.nes'",
            w => ScanWith(w, "unnamed.tar", UnnamedTar(), Members("unnamed.tar"))),
        new("folder path over 4096 bytes", "a folder tree whose deepest folder's path is over 4,096 bytes (PATH_MAX), holding a file", "failed: path too long: N bytes, over the system's limit of 4095; not scanned",
            DeepFolder),
        new("damaged hash cache", "romcurator.cache.db overwritten with 64 kB of random bytes between two scans", "cache: the hash cache 'DATA/romcurator/romcurator.cache.db' was damaged (file is not a database): moved aside to 'DATA/romcurator/romcurator.cache.db.damaged' and rebuilt",
            DamagedCache),
        new("password dictionary /dev/zero", "archives.passwordDictionaryPath set to /dev/zero (a device that never ends) in the config file", "archives.passwordDictionaryPath '/dev/zero' is not a regular file",
            w => StateCases.RefusedScan(w, () => w.Configure("""  "archives": { "passwordDictionaryPath": "/dev/zero" }  """))),
        new("password dictionary with a 300 MB line", "a dictionary holding a wrong password, the right one, then 300 MB of NUL bytes and no line break (sparse)", $"'{Member}'",
            w => WithDictionary(w, HugeDictionary(w))),
        new("gz with a stored name", "'fizzbuzz.gz' made by the gzip tool from 'fizzbuzz.nes' (the header's FNAME says fizzbuzz.nes)", "'fizzbuzz.nes'",
            w => ScanWith(w, "fizzbuzz.gz", GzipTool(w, "fizzbuzz.nes", Data(3000, 7)), Members("fizzbuzz.gz"))),
        new("zip members sharing content or a name", "a zip with 'a.nes' and 'b.nes' of the same content, then a second 'a.nes' of other content", "'a.nes', 'b.nes', 'a.nes (duplicate 2)'",
            w => ScanWith(w, "shared.zip", File.ReadAllBytes(w.Archives.Zip("shared.zip", ("a.nes", Data(100, 8)), ("b.nes", Data(100, 8)), ("a.nes", Data(100, 9)))),
                Members("shared.zip"))),
        new("rescan of an untouched library", "a truncated zip beside a good file, scanned twice with nothing touched in between", "files_changed 0, files_retried 1, files_unchanged 1",
            Rescan),
        new("file names with odd characters", "files named ' .nes', 'new\\nline.nes', 'tab\\tx.nes' and 'bad\\xff.nes' (not UTF-8, made by sh)", "failed: bad\ufffd.nes: its name is not valid UTF-8",
            OddFileNames),
        new("one library holding every scan edge", "one root holding every input above (odd member names, a path over PATH_MAX, odd file names, a truncated and an encrypted zip, a FIFO, a dangling link, a link loop) beside nine good files, a dictionary of wrong passwords ending in a 300 MB line, and a damaged hash cache before the second scan",
            "9 problems for 9 bad inputs (cache, corrupt, dictionary, link, link, password_required, unreadable, unreadable, unreadable); 9 of 9 good files recorded",
            EveryEdge),
    ];

    private const string Member = "Secret (USA).nes";

    /// <summary>
    /// The acceptance of issue 11's scan side: every input of this file in one root. The second scan (after the
    /// hash cache is damaged) must complete, record every good file, and report exactly one problem per bad input.
    /// </summary>
    private static CaseOutcome EveryEdge(HostileWorkspace workspace)
    {
        var archives = workspace.Archives;
        workspace.Put("backslash.zip", File.ReadAllBytes(archives.Zip("backslash.zip", ("\\", Data(100, 1)), ("ok.nes", Data(100, 2)))));
        workspace.Put("unnamed.zip", RawZip(("", Data(100, 3)), (".", Data(100, 4)), ("..", Data(100, 5)), ("ok.nes", Data(100, 6))));
        workspace.Put("unnamed.tar", UnnamedTar());
        workspace.Put("fizzbuzz.gz", GzipTool(workspace, "fizzbuzz.nes", Data(3000, 7)));
        workspace.Put("shared.zip", File.ReadAllBytes(archives.Zip("shared.zip", ("a.nes", Data(100, 8)), ("b.nes", Data(100, 8)), ("a.nes", Data(100, 9)))));
        workspace.Put(" .nes", Data(100, 14));
        workspace.Put("new\nline.nes", Data(100, 15));
        workspace.Put("tab\tx.nes", Data(100, 16));
        string[] good = [GoodFile, "backslash.zip", "unnamed.zip", "unnamed.tar", "fizzbuzz.gz", "shared.zip", " .nes", "new\nline.nes", "tab\tx.nes"];

        var cut = File.ReadAllBytes(archives.Zip("cut-source.zip", ("game.nes", Data(50_000, 17))));
        workspace.Put("cut.zip", cut[..(cut.Length / 2)]);
        workspace.Put("locked.zip", File.ReadAllBytes(archives.EncryptedZip("locked.zip", Password, (Member, Data(5000, 13)))));
        Run("sh", "-c", "printf x > \"$1/$(printf 'bad\\377.nes')\"", "sh", workspace.Library);
        workspace.OnDispose(() => Run("sh", "-c", "rm -f \"$1/$(printf 'bad\\377.nes')\"", "sh", workspace.Library));
        Run("mkfifo", Path.Combine(workspace.Library, "pipe.nes"));
        File.CreateSymbolicLink(Path.Combine(workspace.Library, "gone.nes"), "/nonexistent/romcurator/gone.nes");
        Directory.CreateDirectory(Path.Combine(workspace.Library, "sub"));
        File.CreateSymbolicLink(Path.Combine(workspace.Library, "sub/loop"), "..");
        var name = new string('d', 200);
        var shallow = Path.Combine([workspace.Library, "deep", .. Enumerable.Repeat(name, 14)]);
        Directory.CreateDirectory(shallow);
        var staged = Path.Combine([workspace.Home, "stage", .. Enumerable.Repeat(name, 6)]);
        Directory.CreateDirectory(staged);
        File.WriteAllBytes(Path.Combine(staged, "lost.nes"), Data(100, 10));
        Directory.Move(Path.Combine(workspace.Home, "stage", name), Path.Combine(shallow, name));
        workspace.OnDispose(() => Run("rm", "-rf", Path.Combine(workspace.Library, "deep")));
        workspace.Configure($$"""
            "archives": { "passwordDictionaryPath": {{JsonSerializer.Serialize(HugeDictionary(workspace, "wrong\nalso-wrong\n"))}} }
            """);
        workspace.Put(GoodFile, Data(1000, 1));
        workspace.AddRoot();

        var first = workspace.Scan();
        File.WriteAllBytes(Path.ChangeExtension(workspace.Database, ".cache.db"), Data(65_536, 11));
        workspace.Baseline();
        var second = workspace.Cli("scan", "--json");
        var run = ScanRun.From(second.ExitCode, second.Output, second.Error);
        if (!first.Completed || !run.Completed)
        {
            return new CaseOutcome($"first {first.Describe()}, second {run.Describe()}", false, "scan --json", workspace.Clean(run.Error));
        }

        using var json = JsonDocument.Parse(second.Output);
        var kinds = json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("kind").GetString()!).Order(StringComparer.Ordinal).ToList();
        var recorded = good.Count(file => workspace.Instance(file) is not null);
        var summary = $"{run.Errors} problems for 9 bad inputs ({string.Join(", ", kinds)}); {recorded} of {good.Length} good files recorded";
        return new CaseOutcome(run.Describe(), run.Errors == 9 && kinds.Count == 9 && recorded == good.Length, "scan --json (second scan)", summary);
    }

    /// <summary>Evidence: the newest scan's problem of <paramref name="kind"/>, as "kind: message".</summary>
    private static Func<HostileWorkspace, (string, string?)> RunProblem(string kind) =>
        workspace => ("scan summary (import_log.notes)", workspace.First("""
            SELECT json_extract(p.value, '$.kind') || ': ' || json_extract(p.value, '$.message')
            FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id, json_each(l.notes, '$.problems') p
            WHERE s.name = 'file_ingestion' AND json_extract(p.value, '$.kind') = $p ORDER BY l.log_id DESC LIMIT 1
            """, kind));

    private static CaseOutcome DeepFolder(HostileWorkspace workspace)
    {
        var name = new string('d', 200);
        var shallow = Path.Combine([workspace.Library, "deep", .. Enumerable.Repeat(name, 14)]);
        Directory.CreateDirectory(shallow);
        var stage = Path.Combine(workspace.Home, "stage");
        var staged = Path.Combine([stage, .. Enumerable.Repeat(name, 6)]);
        Directory.CreateDirectory(staged);
        File.WriteAllBytes(Path.Combine(staged, "lost.nes"), Data(100, 10));
        // rename(2) takes two paths under the limit and leaves a tree whose deepest path is over it.
        Directory.Move(Path.Combine(stage, name), Path.Combine(shallow, name));
        workspace.OnDispose(() => Run("rm", "-rf", Path.Combine(workspace.Library, "deep")));
        var outcome = ScanPrepared(workspace, w => ("file_discovery", w.First(
            "SELECT promotion_state || ': ' || message FROM file_discovery WHERE message LIKE $p || '%'", "path too long")));
        return outcome with { Recorded = BytesCount().Replace(outcome.Recorded, "N bytes") };
    }

    private static CaseOutcome DamagedCache(HostileWorkspace workspace)
    {
        workspace.Put(GoodFile, Data(1000, 1));
        workspace.AddRoot();
        var first = workspace.Scan();
        var cache = Path.ChangeExtension(workspace.Database, ".cache.db");
        if (!first.Completed || !File.Exists(cache))
        {
            throw new InvalidOperationException($"the first scan did not leave a hash cache ({first.Describe()})");
        }

        File.WriteAllBytes(cache, Data(65_536, 11));
        workspace.Put("later.nes", Data(2000, 12));
        workspace.Baseline();
        var run = workspace.Scan();
        var outcome = WithGoodFile(workspace, run, RunProblem("cache")(workspace));
        var next = workspace.Scan();
        var again = RunProblem("cache")(workspace).Item2;
        var clean = next.Completed && next.Errors == 0 && workspace.Instance("later.nes") is not null;
        return outcome with
        {
            FinishedCleanly = outcome.FinishedCleanly && clean,
            Finished = outcome.Finished + (clean ? "; the next scan completed with no problem" : $"; the next scan: {next.Describe()}, {again}"),
        };
    }

    private static CaseOutcome WithDictionary(HostileWorkspace workspace, string dictionary)
    {
        workspace.Configure($$"""
            "archives": { "passwordDictionaryPath": {{JsonSerializer.Serialize(dictionary)}} }
            """);
        var zip = File.ReadAllBytes(workspace.Archives.EncryptedZip("locked.zip", Password, (Member, Data(5000, 13))));
        return ScanWith(workspace, "locked.zip", zip, w => (Members("locked.zip")(w).Item1,
            $"{Members("locked.zip")(w).Item2}; {RunProblem("dictionary")(w).Item2}"));
    }

    /// <summary>A wrong password, the right one, then 300 MB of NUL bytes without a line break (a sparse tail).</summary>
    private static string HugeDictionary(HostileWorkspace workspace, string? lines = null)
    {
        var path = workspace.Outside("huge-passwords.txt", lines ?? $"wrong\n{Password}\n");
        using var file = new FileStream(path, FileMode.Open);
        file.SetLength(file.Length + 300L * 1024 * 1024);
        return path;
    }

    /// <summary>Files whose names hold a leading space, a newline, a tab, and a byte that is not UTF-8.</summary>
    private static CaseOutcome OddFileNames(HostileWorkspace workspace)
    {
        workspace.Put(" .nes", Data(100, 14));
        workspace.Put("new\nline.nes", Data(100, 15));
        workspace.Put("tab\tx.nes", Data(100, 16));
        Run("sh", "-c", "printf x > \"$1/$(printf 'bad\\377.nes')\"", "sh", workspace.Library);
        // .NET cannot name that file to delete it: remove it the way it was made.
        workspace.OnDispose(() => Run("sh", "-c", "rm -f \"$1/$(printf 'bad\\377.nes')\"", "sh", workspace.Library));
        var outcome = ScanPrepared(workspace, Discovery("bad\ufffd.nes"));
        var recorded = new[] { " .nes", "new\nline.nes", "tab\tx.nes" }.All(name => workspace.Instance(name) is not null);
        return recorded
            ? outcome with { Finished = outcome.Finished + "; ' .nes', 'new\\nline.nes' and 'tab\\tx.nes' recorded" }
            : outcome with { FinishedCleanly = false, Finished = outcome.Finished + ", but a file with a legal odd name was not recorded" };
    }

    private static CaseOutcome Rescan(HostileWorkspace workspace)
    {
        var zip = File.ReadAllBytes(workspace.Archives.Zip("cut-source.zip", ("game.nes", Data(50_000, 17))));
        workspace.Put("cut.zip", zip[..(zip.Length / 2)]);
        workspace.Put(GoodFile, Data(1000, 1));
        workspace.AddRoot();
        var first = workspace.Scan();
        workspace.Baseline();
        var second = workspace.Cli("scan", "--json");
        var run = ScanRun.From(second.ExitCode, second.Output, second.Error);
        string? counts = null;
        if (run.Completed)
        {
            using var json = JsonDocument.Parse(second.Output);
            var root = json.RootElement;
            counts = $"files_changed {root.GetProperty("files_changed").GetInt64()}, " +
                     $"files_retried {(root.TryGetProperty("files_retried", out var retried) ? retried.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) : "(absent)")}, " +
                     $"files_unchanged {root.GetProperty("files_unchanged").GetInt64()}";
        }

        var outcome = WithGoodFile(workspace, run, ("scan --json (second scan)", counts));
        return first.Completed ? outcome : outcome with { FinishedCleanly = false, Finished = "the first scan: " + first.Describe() };
    }

    /// <summary>The bytes of a stored zip written field by field, so member names can be anything (even empty).</summary>
    private static byte[] RawZip(params (string Name, byte[] Content)[] members)
    {
        using var zip = new MemoryStream();
        using var writer = new BinaryWriter(zip);
        var central = new MemoryStream();
        using var centralWriter = new BinaryWriter(central);
        foreach (var (name, content) in members)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var crc = Crc32.HashToUInt32(content);
            var offset = (uint)zip.Position;
            writer.Write(0x04034b50u);
            writer.Write((ushort)20);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(0u);
            writer.Write(crc);
            writer.Write((uint)content.Length);
            writer.Write((uint)content.Length);
            writer.Write((ushort)nameBytes.Length);
            writer.Write((ushort)0);
            writer.Write(nameBytes);
            writer.Write(content);

            centralWriter.Write(0x02014b50u);
            centralWriter.Write((ushort)20);
            centralWriter.Write((ushort)20);
            centralWriter.Write((ushort)0);
            centralWriter.Write((ushort)0);
            centralWriter.Write(0u);
            centralWriter.Write(crc);
            centralWriter.Write((uint)content.Length);
            centralWriter.Write((uint)content.Length);
            centralWriter.Write((ushort)nameBytes.Length);
            centralWriter.Write((ushort)0);
            centralWriter.Write((ushort)0);
            centralWriter.Write((ushort)0);
            centralWriter.Write((ushort)0);
            centralWriter.Write(0u);
            centralWriter.Write(offset);
            centralWriter.Write(nameBytes);
        }

        var centralOffset = (uint)zip.Position;
        writer.Write(central.ToArray());
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write((ushort)members.Length);
        writer.Write((ushort)members.Length);
        writer.Write((uint)central.Length);
        writer.Write(centralOffset);
        writer.Write((ushort)0);
        writer.Flush();
        return zip.ToArray();
    }

    /// <summary>A ustar tar with members '\', '' (its name zeroed after writing, the header checksum fixed) and 'ok.nes'.</summary>
    private static byte[] UnnamedTar()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Ustar, leaveOpen: true))
        {
            foreach (var (name, seed) in new[] { ("\\", 18), ("E", 19), ("ok.nes", 20) })
            {
                writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Data(100, seed)) });
            }
        }

        var bytes = tar.ToArray();
        // The second header starts after the first header and its 100 bytes of data padded to 512.
        const int second = 1024;
        bytes[second] = 0;
        Encoding.ASCII.GetBytes("        ").CopyTo(bytes, second + 148);
        var sum = bytes.AsSpan(second, 512).ToArray().Sum(b => (int)b);
        Encoding.ASCII.GetBytes(Convert.ToString(sum, 8).PadLeft(6, '0') + "\0 ").CopyTo(bytes, second + 148);
        return bytes;
    }

    /// <summary>A .gz made by the gzip tool, which stores the original name (FNAME) in its header.</summary>
    private static byte[] GzipTool(HostileWorkspace workspace, string originalName, byte[] content)
    {
        var folder = Path.Combine(workspace.Home, "gzip-build");
        Directory.CreateDirectory(folder);
        var original = Path.Combine(folder, originalName);
        File.WriteAllBytes(original, content);
        Run("gzip", original);
        return File.ReadAllBytes(original + ".gz");
    }

    private static void Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed: {error}");
        }
    }

    [GeneratedRegex(@"\d+ bytes")]
    private static partial Regex BytesCount();
}
