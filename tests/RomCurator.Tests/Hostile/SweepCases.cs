using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Inputs a new user's sweep of the published binary found breaking it: DATs nested deeper than any real one (the
/// clrmamepro reader recursed once per level, so a stack overflow killed the process and left its run 'running'),
/// parser messages that quoted a whole hostile input back (a 600 KB line on stderr and in the run's record), DATs in
/// UTF-16 with a byte order mark (refused as not a DAT), a gzipped DAT (refused without saying why), config values of
/// the wrong shape (silently dropped), organizer templates leaving the root (silently rewritten) and path arguments
/// that are not UTF-8 ("does not exist" for a folder that does, a database created under another name). Each DAT is
/// imported by a real process, so a crash is an exit code here, never the end of the test run.
/// </summary>
public static class SweepCases
{
    /// <summary>The longest failure line a hostile input may produce on stderr.</summary>
    private const int LongestLine = 1000;

    public static IEnumerable<HostileCase> All() =>
    [
        new("DAT, clrmamepro blocks nested a million deep", "a clrmamepro game holding 'a (' 1,000,000 times (4 MB, never closed)",
            "romcurator: HOME/dats/nested.dat: line 6: blocks nested deeper than 32 levels (a damaged DAT)",
            w => Refused(w, w.Dat("nested.dat", "clrmamepro (\n\tname \"Acme - Thing\"\n)\ngame (\n\tname \"A (USA)\"\n" +
                                                string.Concat(Enumerable.Repeat("a ( ", 1_000_000)) + "\n"))),
        new("DAT, XML with 100,000 unclosed elements", "a Logiqx DAT whose game is 100,000 nested <game> elements, cut off (the XML reader's message lists each one)",
            "romcurator: HOME/dats/deep.xml: line 1, column 1500074: Unexpected end of file has occurred. The following elements are not closed: game, game",
            w => Refused(w, w.Dat("deep.xml", "<?xml version=\"1.0\"?><datafile><header><name>Acme - Thing</name></header>" +
                                              string.Concat(Enumerable.Repeat("<game name=\"x\">", 100_000))))),
        new("DAT, clrmamepro with a 1 MB word for a key", "a clrmamepro game whose key is 1,000,000 letters followed by ')'",
            "romcurator: HOME/dats/word.dat: line 6: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…xxxxxxxxxxxxxxxxxxxx (1000000 characters)' has no value before ')'",
            w => Refused(w, w.Dat("word.dat", "clrmamepro (\n\tname \"Acme - Thing\"\n)\ngame (\n\tname \"A (USA)\"\n\t" + new string('x', 1_000_000) + " )\n"))),
        new("DAT, gzipped", "a clrmamepro DAT compressed with gzip, 'nes.dat.gz' (refused as 'neither Logiqx XML, clrmamepro text nor an SMDB')",
            "romcurator: HOME/dats/nes.dat.gz: a gzip file, not a DAT: DATs are read as they are or from a .zip; extract it first",
            w => Refused(w, w.Dat("nes.dat.gz", Gzip("clrmamepro (\n\tname \"Acme - Thing\"\n)\ngame (\n\tname \"A (USA)\"\n\trom ( name \"a.bin\" size 4 crc 00000001 )\n)\n")))),
        new("DAT, UTF-16 with a byte order mark", "a Logiqx DAT in UTF-16 little-endian declaring encoding=\"UTF-16\", a clrmamepro DAT in UTF-16 big-endian, each with its byte order mark",
            "2 DATs imported; games: Pokémon (USA), Zoë (Europe)",
            Utf16),
        new("config, lists and groups where one value belongs", "config.json with \"scan\": { \"hashWorkers\": [1, 2], \"ignoreGlobs\": \"*.txt\" } (both were dropped without a word: the defaults applied)",
            "scan.hashWorkers must be one value, not a list; scan.ignoreGlobs must be a list in brackets ([\"…\", \"…\"]), not the text '*.txt'",
            w => StateCases.RefusedScan(w, () => w.Configure("""  "scan": { "hashWorkers": [1, 2], "ignoreGlobs": "*.txt" }  """))),
        new("config, a template leaving the root", "organizer.template '../{platform}/{title}{ext}' in config.json (the organizer rendered '..' as a folder 'Unknown', without a word)",
            "organizer.template '../{platform}/{title}{ext}' has a '..' folder: it is a path inside the root, which it may not leave",
            w => StateCases.RefusedScan(w, () => w.Configure("""  "organizer": { "template": "../{platform}/{title}{ext}" }  """))),
        new("config, an absolute template", "organizer.template '/srv/roms/{title}{ext}' in config.json (the organizer dropped the leading '/', without a word)",
            "organizer.template '/srv/roms/{title}{ext}' starts with '/': it is a path inside the root, not from the top of the disk",
            w => StateCases.RefusedScan(w, () => w.Configure("""  "organizer": { "template": "/srv/roms/{title}{ext}" }  """))),
        new("arguments, names that are not UTF-8", "a folder and a DAT named with the byte 0xff (made by sh), given to 'roots add' and 'dat import', and '--db' naming a new file with it: .NET hands each over with U+FFFD",
            "roots add: romcurator: 'ROOT/bad\uFFFD' does not exist (its name has bytes that are not UTF-8, shown with \uFFFD, so it cannot be opened by name: rename it).",
            NonUtf8Arguments),
    ];

    /// <summary>
    /// Imports a DAT that must be refused, in a process of its own: exit 1, one failure line of at most
    /// <see cref="LongestLine"/> characters naming the file once, the run closed as failed, and no entry kept.
    /// </summary>
    private static CaseOutcome Refused(HostileWorkspace workspace, string dat)
    {
        workspace.Baseline();
        var run = workspace.Process(null, "dat", "import", dat);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var row = workspace.LatestRun("dat_import") ?? "(no run recorded)";
        var kept = workspace.Count("SELECT count(*) FROM dat_entry");
        var longest = lines.Length == 0 ? 0 : lines.Max(l => l.Length);
        var clean = run.ExitCode == 1 && lines.Length == 1 && lines[0].StartsWith("romcurator: ", StringComparison.Ordinal)
                    && longest <= LongestLine && row.StartsWith("failed: ", StringComparison.Ordinal) && row.Length <= LongestLine && kept == 0;
        var finished = $"refused (exit {run.ExitCode}, {lines.Length} line{(lines.Length == 1 ? "" : "s")} on stderr, the longest {longest:N0} characters; " +
                       $"run {row.Split(':')[0]}, {row.Length:N0} characters recorded; {kept} DAT entries kept)";
        return new CaseOutcome(finished, clean, "stderr", workspace.Clean(lines.FirstOrDefault() ?? "(nothing on stderr)"));
    }

    private static CaseOutcome Utf16(HostileWorkspace workspace)
    {
        var logiqx = """
            <?xml version="1.0" encoding="UTF-16"?>
            <datafile><header><name>Acme - Sixteen</name><version>1</version></header>
            <game name="Pokémon (USA)"><rom name="p.bin" size="4" crc="00000001"/></game>
            </datafile>
            """;
        var clrMamePro = "clrmamepro (\n\tname \"Acme - Sixteen BE\"\n)\ngame (\n\tname \"Zoë (Europe)\"\n\trom ( name \"z.bin\" size 4 crc 00000002 )\n)\n";
        string[] dats =
        [
            workspace.Dat("sixteen.xml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(logiqx)]),
            workspace.Dat("sixteen-be.dat", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(clrMamePro)]),
        ];
        workspace.Baseline();
        var run = workspace.Process(null, ["dat", "import", .. dats]);
        var imported = workspace.Count("SELECT count(*) FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id WHERE s.name = 'dat_import' AND l.status = 'completed'");
        var games = workspace.First("SELECT group_concat(game_name, ', ') FROM (SELECT game_name FROM dat_entry WHERE game_name <> $p ORDER BY 1)", "") ?? "(none)";
        var finished = $"import exit {run.ExitCode}" + (run.Error.Length == 0 ? "" : ": " + workspace.Clean(run.Error.Trim()));
        return new CaseOutcome(finished, run.ExitCode == 0 && imported == 2, "dat_entry", $"{imported} DATs imported; games: {games}");
    }

    /// <summary>
    /// Each command must fail with one line that says the name is not UTF-8, and the database named so must not be
    /// created under the name .NET made of it.
    /// </summary>
    private static CaseOutcome NonUtf8Arguments(HostileWorkspace workspace)
    {
        Sh("mkdir -p \"$1/$(printf 'bad\\377')\" && printf x > \"$1/$(printf 'bad\\377')/a.nes\" && mkdir -p \"$2\" && printf 'clrmamepro ( name \"x\" )' > \"$2/$(printf 'bad\\377.dat')\"",
            workspace.Library, Path.Combine(workspace.Home, "dats"));
        workspace.OnDispose(() => Sh("rm -rf \"$1/$(printf 'bad\\377')\" \"$2/$(printf 'bad\\377.dat')\"", workspace.Library, Path.Combine(workspace.Home, "dats")));
        workspace.Baseline();
        var database = Path.Combine(workspace.DataFolder, "bad\uFFFD.db");
        (string Name, string[] Args)[] commands =
        [
            ("roots add", ["roots", "add", Path.Combine(workspace.Library, "bad\uFFFD")]),
            ("dat import", ["dat", "import", Path.Combine(workspace.Home, "dats", "bad\uFFFD.dat")]),
            ("--db", ["--db", database, "db", "info"]),
        ];
        var said = new List<string>();
        var clean = true;
        foreach (var (name, args) in commands)
        {
            var run = workspace.Cli(args);
            var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            clean &= run.ExitCode == 1 && lines.Length == 1 && lines[0].Contains("not UTF-8", StringComparison.Ordinal);
            said.Add($"{name}: {workspace.Clean(run.Error.Trim())}");
        }

        var created = File.Exists(database);
        return new CaseOutcome($"{commands.Length} commands refused, each with one line naming the bytes" + (created ? "; BUT bad\uFFFD.db WAS CREATED" : "; no database created"),
            clean && !created, "stderr", string.Join(" | ", said));
    }

    private static byte[] Gzip(string text)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return packed.ToArray();
    }

    private static void Sh(string script, params string[] args)
    {
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        foreach (var arg in (string[])["-c", script, "sh", .. args])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sh -c '{script}' exited with {process.ExitCode}");
        }
    }
}
