using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// DAT entries that used to break or silently corrupt an import (issue 11, items 9–13): each must be one counted,
/// reported problem (or a refusal that changes nothing), never a failed, half-done or silently lossy import.
/// </summary>
public static class DatTrustCases
{
    private const string System = "Acme - Thing";

    public static IEnumerable<HostileCase> All() =>
    [
        new("DAT, a second MAME software list", "hash/nes.xml (40 cartridges) imported, then hash/snes.xml (30)", "2 DATs: nes 40 entries on Nintendo - Nintendo Entertainment System, snes 30 entries on Nintendo - Super Nintendo Entertainment System; removed 0",
            SecondSoftwareList),
        new("DAT, another kind of DAT of the same name", "a clrmamepro DAT named 'nes', then the software list 'nes'", "refused (exit 1), 2 entries of 'nes' kept",
            SameNameOtherKind),
        new("DAT, two games of one name", "a DAT listing 'Same (USA)' twice with different ROMs", "problems 1: line 15: game 'Same (USA)' is listed twice and its rom 's.bin' differs; this one is kept as 's (#2).bin'; entries of 'Same (USA)': 0000000a, 0000000c",
            w => Imported(w, Clr(("Same (USA)", "rom ( name \"s.bin\" size 4 crc 0000000a )"), ("Other (USA)", "rom ( name \"o.bin\" size 4 crc 0000000b )"),
                    ("Same (USA)", "rom ( name \"s.bin\" size 4 crc 0000000c )")),
                "SELECT 'entries of ''Same (USA)'': ' || group_concat(rom_crc32, ', ') FROM (SELECT rom_crc32 FROM dat_entry WHERE game_name LIKE 'Same (USA)%' ORDER BY 1)")),
        new("DAT, values that are not valid", "crc 'zzzzzzzz', sha1 '0123', size -5, size 10^23 and a game named ''", "problems 6: line 7: rom 'a.bin': crc 'zzzzzzzz' is not 8 hex digits; ignored; 3 entries",
            w => Imported(w, Clr(("Hexless (USA)", "rom ( name \"a.bin\" size 4 crc zzzzzzzz sha1 0123 )"), ("Negative (USA)", "rom ( name \"b.bin\" size -5 crc 00000002 )"),
                    ("Huge (USA)", "rom ( name \"c.bin\" size 100000000000000000000000 crc 00000003 )"), ("", "rom ( name \"d.bin\" size 4 crc 00000004 )")),
                "SELECT count(*) || ' entries' FROM dat_entry")),
        new("DAT, a 300 KB game name", "a game whose name is 300,000 characters (item 9: names over 1 KB are not games)", "a name longer than 1024 bytes; not imported; longest release name 11",
            w => Imported(w, Clr((new string('x', 300_000) + " (USA)", "rom ( name \"x.bin\" size 4 crc 00000001 )"), ("Short (USA)", "rom ( name \"s.bin\" size 4 crc 00000002 )")),
                "SELECT 'longest release name ' || max(length(release_name)) FROM game_release")),
        new("DAT, games without a name", "Logiqx games without a name attribute (one with a description, one with nothing), clrmamepro games with only a comment", "problems 1: line 4: a game with no name, description or comment (1 rom); not imported; games: Commented (Europe), Described (USA)",
            w => Imported(w, """
                <?xml version="1.0"?>
                <datafile><header><name>Acme - Thing</name></header>
                <game><description>Described (USA)</description><rom name="d.bin" size="4" crc="00000001"/></game>
                <game><rom name="n.bin" size="4" crc="00000002"/></game>
                </datafile>
                """, "SELECT 'games: ' || group_concat(game_name, ', ') FROM (SELECT game_name FROM dat_entry ORDER BY 1)",
                more: Clr(("", "comment \"Commented (Europe)\" rom ( crc 00000003 )")).Replace(System, System + " 2"))),
        new("DAT, odd ROMs", "two ROMs of one name in a game, a ROM without any hash, a status=\"nodump\" ROM, a merge= ROM", "problems 3: line 6: game 'Set': rom 'none.bin' has no hash; kept, but no file can match it by hash; roms: merged.bin, never.bin, none.bin, same (#2).bin, same.bin",
            w => Imported(w, """
                <?xml version="1.0"?>
                <datafile><header><name>Acme - Thing</name></header>
                <game name="Set">
                  <rom name="same.bin" size="4" crc="00000001"/>
                  <rom name="same.bin" size="8" crc="00000002"/>
                  <rom name="none.bin" size="4"/>
                  <rom name="never.bin" size="4" status="nodump"/>
                  <rom name="merged.bin" merge="merged.bin" size="4" crc="00000005"/>
                </game>
                </datafile>
                """, "SELECT 'roms: ' || group_concat(rom_name, ', ') FROM (SELECT rom_name FROM dat_entry ORDER BY 1)")),
        new("DAT, ROM names with path tricks, NUL and not UTF-8", "ROM names '../../x.bin', '/etc/passwd', 'a\\\\b.bin', a NUL in a game name, Latin-1 bytes", "problems 2: line 9: game 'Nul",
            w => Imported(w, PathTricks(), "SELECT 'entries: ' || group_concat(replace(game_name, char(65533), '<U+FFFD>') || '/' || rom_name, ', ') FROM (SELECT * FROM dat_entry ORDER BY rom_name)")),
        new("DAT, 100,001 ROMs in one game", "one game listing 100,001 ROMs (a 6 MB DAT)", "problems 1: line 100007: game 'Big (USA)': more than 100,000 roms; the other 1 were not imported; 100000 entries",
            w => Imported(w, Clr(("Big (USA)", string.Concat(Enumerable.Range(0, 100_001).Select(i => $"rom ( name \"r{i}.bin\" size 4 crc {i:x8} )\n")))),
                "SELECT count(*) || ' entries' FROM dat_entry")),
        new("DAT, a folder with a zip of DATs and a broken one", "dat import DIR: a zip holding two DATs, a good .xml, a .dat that is not a DAT, a damaged .zip", "exit 1; 3 DATs imported; stderr: 2 lines",
            FolderOfDats),
    ];

    /// <summary>Imports <paramref name="dat"/> (and <paramref name="more"/>); the evidence is the problems of its run and <paramref name="sql"/>.</summary>
    private static CaseOutcome Imported(HostileWorkspace workspace, string dat, string sql, string? more = null)
    {
        var paths = new List<string> { workspace.Dat("case.dat", Latin1OrUtf8(dat)) };
        if (more is not null)
        {
            paths.Add(workspace.Dat("more.dat", more));
        }

        workspace.Baseline();

        var run = workspace.Cli(["dat", "import", .. paths, "--json"]);
        if (run.ExitCode != 0)
        {
            return new CaseOutcome($"import exit {run.ExitCode}", false, "stderr", workspace.Clean(run.Error));
        }

        using var report = JsonDocument.Parse(run.Output);
        var first = report.RootElement.GetProperty("imports")[0];
        var problems = first.GetProperty("problem_count").GetInt64();
        var shown = first.GetProperty("problems").EnumerateArray()
            .Select(p => $"line {p.GetProperty("line").GetInt64()}: {p.GetProperty("message").GetString()}").FirstOrDefault();
        var text = $"problems {problems}" + (shown is null ? "" : ": " + Shorten(shown)) + "; " + workspace.First(sql, "");
        return new CaseOutcome("import completed (exit 0)", true, "import summary", workspace.Clean(text));
    }

    private static CaseOutcome SecondSoftwareList(HostileWorkspace workspace)
    {
        var nes = workspace.Dat("nes.xml", SoftwareList("nes", 40, 1));
        var snes = workspace.Dat("snes.xml", SoftwareList("snes", 30, 100));
        workspace.Baseline();
        var first = workspace.Cli("dat", "import", nes);
        var second = workspace.Cli("dat", "import", snes, "--json");
        var removed = second.ExitCode == 0
            ? JsonDocument.Parse(second.Output).RootElement.GetProperty("imports")[0].GetProperty("entries_removed").GetInt64()
            : -1;
        var dats = workspace.First("""
            SELECT count(*) || ' DATs: ' || group_concat(d, ', ') FROM (
                SELECT d.name || ' ' || (SELECT count(*) FROM dat_entry e WHERE e.dat_id = d.dat_id) || ' entries on ' || p.name AS d
                FROM dat_file d JOIN platform p ON p.platform_id = d.platform_id WHERE $p = $p ORDER BY d.name)
            """, "");
        return new CaseOutcome($"both imports exit {first.ExitCode}/{second.ExitCode}", first.ExitCode == 0 && second.ExitCode == 0, "dat_file",
            $"{dats}; removed {removed}");
    }

    private static CaseOutcome SameNameOtherKind(HostileWorkspace workspace)
    {
        var dat = workspace.Dat("nes.dat", Clr(("Alpha (USA)", "rom ( name \"a.bin\" size 4 crc 00000001 )"),
            ("Beta (USA)", "rom ( name \"b.bin\" size 4 crc 00000002 )")).Replace(System, "nes"));
        var softwareList = workspace.Dat("nes.xml", SoftwareList("nes", 3, 1));
        workspace.Baseline();
        workspace.Cli("dat", "import", dat);
        var list = workspace.Cli("dat", "import", softwareList);
        var kept = workspace.Count("SELECT count(*) FROM dat_entry e JOIN dat_file d ON d.dat_id = e.dat_id WHERE d.name = 'nes' AND e.game_name IN ('Alpha (USA)', 'Beta (USA)')");
        var recorded = $"refused (exit {list.ExitCode}), {kept} entries of 'nes' kept; stderr: {workspace.Clean(list.Error.Trim())}";
        return new CaseOutcome($"import exit {list.ExitCode}, run {workspace.LatestRun("dat_import")?.Split(':')[0]}",
            list.ExitCode == 1 && list.Error.Trim().Split('\n').Length == 1, "stderr", recorded);
    }

    private static CaseOutcome FolderOfDats(HostileWorkspace workspace)
    {
        var folder = Path.Combine(Path.GetDirectoryName(workspace.Dat("outside-the-folder.txt", "x"))!, "set");
        Directory.CreateDirectory(Path.Combine(folder, "deeper"));
        File.WriteAllText(Path.Combine(folder, "good.xml"), """
            <?xml version="1.0"?><datafile><header><name>Acme - Good</name></header><game name="G (USA)"><rom name="g.bin" size="4" crc="00000001"/></game></datafile>
            """);
        File.WriteAllText(Path.Combine(folder, "broken.dat"), "definitely not a DAT");
        File.WriteAllBytes(Path.Combine(folder, "deeper", "damaged.zip"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        using (var zip = ZipFile.Open(Path.Combine(folder, "deeper", "pack.zip"), ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "One", "Two" })
            {
                using var entry = new StreamWriter(zip.CreateEntry($"{name}.dat").Open());
                entry.Write(Clr(($"{name} (USA)", $"rom ( name \"{name}.bin\" size 4 crc 0000000{name.Length} )")).Replace(System, "Acme - " + name));
            }
        }

        workspace.Baseline();
        var run = workspace.Cli("dat", "import", folder);
        var dats = workspace.Count("SELECT count(*) FROM dat_file");
        var errors = run.Error.Trim().Split('\n');
        return new CaseOutcome($"import exit {run.ExitCode}", run.ExitCode == 1 && dats == 3 && errors.All(e => e.StartsWith("romcurator: ", StringComparison.Ordinal)), "stderr",
            $"exit {run.ExitCode}; {dats} DATs imported; stderr: {errors.Length} lines: {workspace.Clean(string.Join(" | ", errors))}");
    }

    /// <summary>A clrmamepro DAT of <see cref="System"/>: each game with its name (none when empty) and the given body.</summary>
    private static string Clr(params (string Name, string Body)[] games)
    {
        var text = new StringBuilder($"clrmamepro (\n\tname \"{System}\"\n\tversion \"1\"\n)\n");
        foreach (var (name, body) in games)
        {
            text.Append("game (\n").Append(name.Length > 0 || body.Contains("comment") ? "" : "\tname \"\"\n")
                .Append(name.Length > 0 ? $"\tname \"{name}\"\n" : "").Append($"\t{body}\n)\n");
        }

        return text.ToString();
    }

    private static string PathTricks() => Clr(
        ("Tricks (USA)", "rom ( name \"../../x.bin\" size 4 crc 00000001 ) rom ( name \"/etc/passwd\" size 4 crc 00000002 ) rom ( name \"a\\b.bin\" size 4 crc 00000003 )"),
        ("Nul\0Game (USA)", "rom ( name \"nul.bin\" size 4 crc 00000004 )"),
        ("Pok\u00e9mon (\u00c9urope)", "rom ( name \"pk.bin\" size 4 crc 00000005 )"));

    /// <summary>The text as bytes: UTF-8, except é and É, written as Latin-1 single bytes (a DAT that is not UTF-8).</summary>
    private static byte[] Latin1OrUtf8(string text) =>
        [.. text.SelectMany(c => c is '\u00e9' or '\u00c9' ? [(byte)c] : Encoding.UTF8.GetBytes(c.ToString()))];

    private static string SoftwareList(string name, int count, int firstCrc)
    {
        var text = new StringBuilder($"<?xml version=\"1.0\"?>\n<!DOCTYPE softwarelist SYSTEM \"softwarelist.dtd\">\n<softwarelist name=\"{name}\" description=\"{name} cartridges\">\n");
        for (var i = 0; i < count; i++)
        {
            text.Append($"<software name=\"{name}{i}\"><description>Game {i} (USA)</description><part name=\"cart\" interface=\"{name}_cart\"><dataarea name=\"rom\" size=\"4\">" +
                        $"<rom name=\"{name}{i}.bin\" size=\"4\" crc=\"{firstCrc + i:x8}\" offset=\"0\"/><rom size=\"4\" offset=\"4\" loadflag=\"reload\"/></dataarea></part></software>\n");
        }

        return text.Append("</softwarelist>\n").ToString();
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..100] + "…" + text[^40..];
}
