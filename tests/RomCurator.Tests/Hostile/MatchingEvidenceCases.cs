using System.Globalization;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Files whose name says one thing and whose content another, through <c>romcurator scan</c>: title matching weighs
/// size as evidence and never links what the size contradicts.
/// </summary>
public static class MatchingEvidenceCases
{
    public static IEnumerable<HostileCase> All() =>
    [
        new("Matching, empty zip named like a game", "a 22-byte empty zip 'Empty.zip' in an NES root whose DAT lists 'Empty (World)' with a 512 KiB ROM",
            "0 title links; best suggestion 0.50",
            w => Mismatched(w, "Empty.zip", [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "Empty (World)", 524_288)),
        new("Matching, size far off", "a 4 KiB 'Rocket Race (USA).nes' in an NES root whose DAT lists 'Rocket Race (USA)' with a 512 KiB ROM",
            "0 title links; best suggestion 0.60",
            w => Mismatched(w, "Rocket Race (USA).nes", new byte[4096], "Rocket Race (USA)", 524_288)),
    ];

    private static CaseOutcome Mismatched(HostileWorkspace workspace, string file, byte[] content, string game, long romSize)
    {
        workspace.Put(file, content);
        var dat = workspace.Dat("nes.dat", $"clrmamepro ( name \"Nintendo - Nintendo Entertainment System\" version \"1\" )\n"
                                           + $"game ( name \"{game}\" rom ( name \"{game}.nes\" size {romSize} crc 12345678 ) )\n");
        workspace.AddRoot();
        workspace.Cli("roots", "edit", "roms", "--platform", "nes");
        workspace.Cli("dat", "import", dat);
        workspace.Baseline();
        var run = workspace.Scan();
        var links = workspace.Count("SELECT count(*) FROM dat_atomic_link WHERE rom_id IS NOT NULL");
        var best = workspace.First("""
            SELECT printf('%.2f: ', confidence) || reason FROM ingestion_candidate WHERE $p = $p ORDER BY confidence DESC LIMIT 1
            """, "") ?? "(no suggestion)";
        return run.Outcome("dat_atomic_link, ingestion_candidate",
            string.Create(CultureInfo.InvariantCulture, $"{links} title links; best suggestion {best}"));
    }
}
