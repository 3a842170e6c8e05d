using RomCurator.Tests.Support;
using static RomCurator.Tests.Hostile.CaseSteps;

namespace RomCurator.Tests.Hostile;

/// <summary>Damaged archives of every supported kind: truncated, failing their checksum, or with a wrong magic.</summary>
public static class ArchiveCases
{
    private const string Member = "Game (USA).nes";
    private static readonly byte[] Rom = Data(50_000, 7);

    public static IEnumerable<HostileCase> All() =>
    [
        new("zip, truncated", "a zip of one 50 kB member, cut in half", "corrupt: truncated",
            w => ScanWith(w, "cut.zip", Half(Build(w, "zip")), OperationLog("cut.zip"))),
        new("zip, wrong CRC", "a stored zip whose member has one byte changed (its CRC32 no longer matches)", "does not match the CRC32 the archive records",
            w => ScanWith(w, "crc.zip", Flip(Build(w, "stored zip"), 30 + Member.Length + 1000), OperationLog("crc.zip"))),
        new("zip, wrong magic", "a .zip whose first bytes are not PK\\3\\4", "content is not an archive",
            w => ScanWith(w, "magic.zip", Flip(Build(w, "zip"), 2), Discovery("magic.zip"))),
        new("7z, truncated", "a 7z of one 50 kB member, cut in half", "corrupt: truncated",
            w => ScanWith(w, "cut.7z", Half(Build(w, "7z")), OperationLog("cut.7z"))),
        new("7z, wrong CRC", "a stored 7z whose member has one byte changed", "does not match the CRC32 the archive records",
            w => ScanWith(w, "crc.7z", Flip(Build(w, "stored 7z"), 32 + 1000), OperationLog("crc.7z"))),
        new("7z, wrong magic", "a .7z whose signature has one byte changed", "content is not an archive",
            w => ScanWith(w, "magic.7z", Flip(Build(w, "7z"), 2), Discovery("magic.7z"))),
        new("rar, truncated", "a RAR 4 archive (written byte by byte: no rar tool in Debian) cut in the middle of its member", "corrupt: truncated",
            w => ScanWith(w, "cut.rar", Half(RarFiles.Stored((Member, Rom))), OperationLog("cut.rar"))),
        new("rar, wrong CRC", "a RAR 4 archive whose stored member has one byte changed", "corrupt: damaged: checksum mismatch",
            w => ScanWith(w, "crc.rar", Flip(RarFiles.Stored((Member, Rom)), RarFiles.FirstDataOffset(Member) + 1000), OperationLog("crc.rar"))),
        new("rar, wrong magic", "a .rar whose 'Rar!' signature has one byte changed", "content is not an archive",
            w => ScanWith(w, "magic.rar", Flip(RarFiles.Stored((Member, Rom)), 2), Discovery("magic.rar"))),
        new("tar, truncated", "a tar of two 20 kB members cut inside the second", "corrupt: truncated",
            w => ScanWith(w, "cut.tar", File.ReadAllBytes(w.Archives.Tar("cut.tar", false, ("a.nes", Data(20_000, 1)), (Member, Data(20_000, 2))))[..30_000],
                OperationLog("cut.tar"))),
        new("tar, wrong header checksum", "a tar whose first header has one byte of its name changed (header checksum fails)", "fails its checksum",
            w => ScanWith(w, "sum.tar", Flip(File.ReadAllBytes(w.Archives.Tar("sum.tar", false, (Member, Rom))), 3), OperationLog("sum.tar"))),
        new("tar, wrong magic", "a .tar whose 'ustar' magic is changed", "content is not an archive",
            w => ScanWith(w, "magic.tar", Flip(File.ReadAllBytes(w.Archives.Tar("magic.tar", false, (Member, Rom))), 258), Discovery("magic.tar"))),
        new("gz, truncated", "a .gz of 50 kB cut in half", "corrupt: truncated",
            w => ScanWith(w, "cut.nes.gz", Half(File.ReadAllBytes(w.Archives.Gzip("cut.nes.gz", Rom))), OperationLog("cut.nes.gz"))),
        new("gz, wrong CRC", "a .gz whose trailer CRC32 has one byte changed", "corrupt",
            w => ScanWith(w, "crc.nes.gz", FlipFromEnd(File.ReadAllBytes(w.Archives.Gzip("crc.nes.gz", Rom)), 8), OperationLog("crc.nes.gz"))),
        new("gz, wrong magic", "a .gz whose first byte is not 0x1f", "content is not an archive",
            w => ScanWith(w, "magic.nes.gz", Flip(File.ReadAllBytes(w.Archives.Gzip("magic.nes.gz", Rom)), 0), Discovery("magic.nes.gz"))),
    ];

    private static byte[] Build(HostileWorkspace workspace, string kind)
    {
        var files = workspace.Archives;
        var name = "built-" + kind.Replace(' ', '-');
        return File.ReadAllBytes(kind switch
        {
            "zip" => files.Zip(name + ".zip", (Member, Rom)),
            "stored zip" => files.StoredZip(name + ".zip", (Member, Rom)),
            "7z" => files.SevenZip(name + ".7z", null, false, (Member, Rom)),
            "stored 7z" => files.StoredSevenZip(name + ".7z", (Member, Rom)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        });
    }

    private static byte[] Half(byte[] content) => content[..(content.Length / 2)];

    private static byte[] FlipFromEnd(byte[] content, int fromEnd) => Flip(content, content.Length - fromEnd);
}
