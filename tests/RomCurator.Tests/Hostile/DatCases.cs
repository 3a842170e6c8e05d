using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Hostile DAT files through <c>romcurator dat import</c>: empty, truncated, huge, not UTF-8, XML entity attacks,
/// and game names that try to become paths (then organized with a dry run, whose plan must stay inside the root).
/// </summary>
public static class DatCases
{
    private const string System = "Nintendo - Nintendo Entertainment System";

    public static IEnumerable<HostileCase> All() =>
    [
        new("DAT, empty", "a 0-byte .dat", "failed: empty.dat: not a DAT",
            w => Import(w, w.Dat("empty.dat", []))),
        new("DAT, truncated", "a Logiqx DAT of 600 games cut in the middle of a <rom> element", "failed: cut.dat: ",
            w => Import(w, w.Dat("cut.dat", Logiqx(600)[..(Logiqx(600).Length * 2 / 3)]))),
        new("DAT, huge", "a generated clrmamepro DAT of 100,000 games (13 MB)", "completed: 100000 games",
            w => Import(w, w.Dat("huge.dat", ClrMamePro(100_000)))),
        new("DAT, not UTF-8 (XML)", "a Logiqx DAT with Latin-1 bytes (Pok\\xe9mon) and no encoding declaration", "game: Pokémon (USA)",
            w => Import(w, w.Dat("latin1.xml", Encoding.Latin1.GetBytes(Logiqx(1).Replace("Game 0", "Pokémon"))), game: "Pok")),
        new("DAT, not UTF-8 (clrmamepro)", "a clrmamepro DAT in Windows-1252 (Pok\\xe9mon, \\x92 for ’)", "game: Pokémon’s (USA)",
            w => Import(w, w.Dat("latin1.dat", Windows1252(ClrMamePro(1).Replace("Game 0", "Pokémon’s"))), game: "Pok")),
        new("DAT, billion laughs", "a Logiqx DAT declaring nested entities (lol1..lol9, 10^9 expansions)", "failed: laughs.dat: ",
            w => Import(w, w.Dat("laughs.dat", BillionLaughs()))),
        new("DAT, external entity", "a Logiqx DAT whose game name is an external entity pointing at file:///etc/passwd", "failed: xxe.dat: ",
            w => Import(w, w.Dat("xxe.dat", """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><datafile><header><name>x</name></header><game name="&xxe;"><rom name="a" size="1" crc="00000000"/></game></datafile>"""))),
        new("DAT, game names that are paths", "a DAT naming games '../../../etc/passwd', 'CON', '..', a 300-character name and one with tab, newline and \\u0001; matching files scanned, then organize --dry-run", "moves, every destination inside the root",
            PathTrickNames),
    ];

    /// <summary>Imports one DAT through the command line; the evidence is the run's import_log row.</summary>
    private static CaseOutcome Import(HostileWorkspace workspace, string dat, string? game = null)
    {
        workspace.Baseline();
        var run = workspace.Cli("dat", "import", dat, "--json");
        var row = workspace.LatestRun("dat_import") ?? "(no run recorded)";
        if (game is not null)
        {
            row += "; game: " + (workspace.First("SELECT game_name FROM dat_entry WHERE game_name LIKE $p || '%'", game) ?? "(none)");
        }

        var closed = !row.StartsWith("running", StringComparison.Ordinal) && !row.StartsWith("(no run", StringComparison.Ordinal);
        var completed = row.StartsWith("completed", StringComparison.Ordinal);
        // A refused DAT must leave nothing behind: no entry of it is half imported.
        var kept = completed ? 0 : workspace.Count("SELECT count(*) FROM dat_entry");
        var finished = $"import {row.Split(':')[0]} (exit {run.ExitCode}" + (completed ? ")" : $", {kept} DAT entries kept)");
        return new CaseOutcome(finished, closed && run.ExitCode == (completed ? 0 : 1) && kept == 0, "import_log", row);
    }

    private static CaseOutcome PathTrickNames(HostileWorkspace workspace)
    {
        string[] names = ["../../../etc/passwd", "CON", "..", new string('x', 300) + " (USA)", "Tab\tNew\nCtl\u0001 (USA)"];
        var dat = new StringBuilder($"clrmamepro (\n\tname \"{System}\"\n\tversion \"1\"\n)\n");
        for (var i = 0; i < names.Length; i++)
        {
            var content = Data(2000 + i, 40 + i);
            workspace.Put($"file{i}.nes", content);
            dat.Append($"game (\n\tname \"{names[i]}\"\n\trom ( name \"{i}.nes\" size {content.Length} crc {Crc32.HashToUInt32(content):x8} sha1 {Sha1(content)} )\n)\n");
        }

        var datPath = workspace.Dat("tricks.dat", dat.ToString());
        workspace.AddRoot();
        workspace.Baseline();
        var import = workspace.Cli("dat", "import", datPath);
        var scan = workspace.Scan();
        var organize = workspace.Cli("organize", "--dry-run", "--json");
        if (import.ExitCode != 0 || !scan.Completed || organize.ExitCode != 0)
        {
            return new CaseOutcome($"import exit {import.ExitCode}, {scan.Describe()}, organize exit {organize.ExitCode}", false, "stderr",
                workspace.Clean(import.Error + scan.Error + organize.Error));
        }

        using var plan = JsonDocument.Parse(organize.Output);
        var destinations = plan.RootElement.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("to").ValueKind == JsonValueKind.String)
            .Select(i => i.GetProperty("to").GetString()!).ToList();
        var unsafePaths = destinations.Where(d => !IsSafe(workspace.Library, d)).ToList();
        var summary = $"{destinations.Count} moves, " + (unsafePaths.Count == 0 ? "every destination inside the root" : "UNSAFE: " + string.Join(", ", unsafePaths)) +
            $"; below '{destinations.FirstOrDefault()?.Split('/')[0]}/'";
        var shown = string.Join(", ", destinations.Order(StringComparer.Ordinal).Select(Shorten));
        return new CaseOutcome($"import completed, {scan.Describe()}, organize --dry-run exit 0", unsafePaths.Count == 0, "organize plan",
            $"{summary}: {shown}");
    }

    /// <summary>A destination below the platform folder, long segments shown by their ends and their length in bytes.</summary>
    private static string Shorten(string destination) => string.Join('/', destination.Split('/').Skip(1).Select(segment =>
        segment.Length <= 40 ? segment : $"{segment[..12]}…{segment[^16..]} ({Encoding.UTF8.GetByteCount(segment)} bytes)"));

    /// <summary>Relative, inside the root, no '..' segment, no control character, no reserved name, at most 200 bytes a segment.</summary>
    private static bool IsSafe(string root, string destination)
    {
        var full = Path.GetFullPath(Path.Combine(root, destination));
        var segments = destination.Split('/');
        return !Path.IsPathRooted(destination)
               && full.StartsWith(root + "/", StringComparison.Ordinal)
               && segments.All(s => s.Length > 0 && s != "." && s != ".." && !s.Any(char.IsControl) && Encoding.UTF8.GetByteCount(s) <= 200
                                    && !s.Split('.')[0].Trim().ToUpperInvariant().Equals("CON", StringComparison.Ordinal));
    }

    /// <summary>The text in Windows-1252 (’ is 0x92 there; everything else here is Latin-1).</summary>
    private static byte[] Windows1252(string text) => [.. text.Select(c => c == '’' ? (byte)0x92 : (byte)c)];

    private static string Logiqx(int games)
    {
        var text = new StringBuilder($"<?xml version=\"1.0\"?>\n<datafile>\n<header><name>{System}</name><version>1</version></header>\n");
        for (var i = 0; i < games; i++)
        {
            text.Append($"<game name=\"Game {i} (USA)\"><description>Game {i}</description><rom name=\"g{i}.nes\" size=\"{1000 + i}\" crc=\"{i:x8}\"/></game>\n");
        }

        return text.Append("</datafile>\n").ToString();
    }

    private static string ClrMamePro(int games)
    {
        var text = new StringBuilder($"clrmamepro (\n\tname \"{System}\"\n\tversion \"1\"\n)\n");
        for (var i = 0; i < games; i++)
        {
            text.Append($"game (\n\tname \"Game {i} (USA)\"\n\trom ( name \"g{i}.nes\" size {1000 + i} crc {i:x8} )\n)\n");
        }

        return text.ToString();
    }

    private static string BillionLaughs()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= 9; level++)
        {
            entities.Append($"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}\">");
        }

        return $"<?xml version=\"1.0\"?><!DOCTYPE datafile [{entities}]><datafile><header><name>&lol9;</name></header></datafile>";
    }
}
