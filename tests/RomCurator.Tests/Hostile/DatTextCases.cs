using System.Text;
using System.Text.Json;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// DAT texts that are not characters: a lone surrogate given by an XML character reference (&amp;#xD800;) is stored
/// by SQLite as U+FFFD, so two names that differ only there are one name to the database. Each must be a counted
/// problem, never a failed import (a UNIQUE constraint of the bulk insert).
/// </summary>
public static class DatTextCases
{
    public static IEnumerable<HostileCase> All() =>
    [
        new("DAT, names with lone surrogates", "Logiqx game names 'Alpha &#xD800; (USA)' and 'Alpha &#xD801; (USA)', ROM names 'x&#xDC00;.bin' and 'x&#xDC01;.bin' in one game, an emoji (a valid pair)",
            "problems 5: line 3: game 'Alpha \uFFFD (USA)': an unpaired surrogate (not a character) in the name, replaced by U+FFFD; entries: Alpha <U+FFFD> (USA)/a.bin, Alpha <U+FFFD> (USA)/b.bin, Beta (USA)/x<U+FFFD> (#2).bin, Beta (USA)/x<U+FFFD>.bin, Gamma \U0001F3AE (USA)/g.bin",
            LoneSurrogates),
    ];

    private static CaseOutcome LoneSurrogates(HostileWorkspace workspace)
    {
        var dat = workspace.Dat("case.dat", Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <datafile><header><name>Acme - Thing</name></header>
            <game name="Alpha &#xD800; (USA)"><rom name="a.bin" size="4" crc="00000001"/></game>
            <game name="Alpha &#xD801; (USA)"><rom name="b.bin" size="4" crc="00000002"/></game>
            <game name="Beta (USA)"><rom name="x&#xDC00;.bin" size="4" crc="00000003"/><rom name="x&#xDC01;.bin" size="4" crc="00000004"/></game>
            <game name="Gamma &#x1F3AE; (USA)"><rom name="g.bin" size="4" crc="00000005"/></game>
            </datafile>
            """));
        workspace.Baseline();

        var run = workspace.Cli(["dat", "import", dat, "--json"]);
        if (run.ExitCode != 0)
        {
            return new CaseOutcome($"import exit {run.ExitCode}", false, "stderr", workspace.Clean(run.Error));
        }

        using var report = JsonDocument.Parse(run.Output);
        var first = report.RootElement.GetProperty("imports")[0];
        var shown = first.GetProperty("problems").EnumerateArray()
            .Select(p => $"line {p.GetProperty("line").GetInt64()}: {p.GetProperty("message").GetString()}").FirstOrDefault();
        var entries = workspace.First(
            "SELECT 'entries: ' || group_concat(replace(game_name, char(65533), '<U+FFFD>') || '/' || replace(rom_name, char(65533), '<U+FFFD>'), ', ') FROM (SELECT * FROM dat_entry ORDER BY game_name, rom_name)", "");
        var text = $"problems {first.GetProperty("problem_count").GetInt64()}" + (shown is null ? "" : ": " + shown) + "; " + entries;
        return new CaseOutcome("import completed (exit 0)", true, "import summary", workspace.Clean(text));
    }
}
