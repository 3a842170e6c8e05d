using System.Text;
using RomCurator.Core.Dats.Import;

namespace RomCurator.Tests.Support;

/// <summary>
/// The setup the disc scan tests share: a CHD made by chdman from a Redump-style set, put in the fixture's library
/// under <c>psx/</c>, and a one-game "Sony - PlayStation" DAT imported into the fixture's database.
/// </summary>
public static class DiscScanSetup
{
    /// <summary>Writes <paramref name="set"/> to <paramref name="work"/>, makes its CHD and puts it at <c>psx/{game}.chd</c>.</summary>
    public static void WriteChd(ScanFixture fixture, TempDirectory work, string game, Dictionary<string, byte[]> set)
    {
        DiscSets.WriteAll(work, set);
        DiscSets.Chdman("createcd", "-i", work.File(game + ".cue"), "-o", work.File(game + ".chd"));
        fixture.Write($"psx/{game}.chd", File.ReadAllBytes(work.File(game + ".chd")));
    }

    /// <summary>Imports a DAT whose one game <paramref name="game"/> has the files <paramref name="datFiles"/>.</summary>
    public static void ImportDat(ScanFixture fixture, string game, Dictionary<string, byte[]> datFiles)
    {
        var dat = Path.Combine(fixture.Home, "psx.dat");
        File.WriteAllText(dat, $"""
            <?xml version="1.0"?>
            <datafile><header><name>Sony - PlayStation</name><version>1</version></header>
            <game name="{game}"><category>Games</category><description>{game}</description>{DatRomLines.Of(datFiles)}</game>
            </datafile>
            """, Encoding.UTF8);
        using var connection = fixture.Open();
        new DatImporter(connection).Import(dat, null, CancellationToken.None);
    }
}
