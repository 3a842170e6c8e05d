using System.Security.Cryptography;
using System.Text;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Faults;

/// <summary>
/// Importing a newer version of a Game Boy DAT over the one a scanned library is matched against (games dropped,
/// renamed hashes, clones joining their parents' families, dropped games kept where a file links to them), together
/// with a first clrmamepro DAT of a system RomCurator does not know (its platform is created).
/// </summary>
public sealed class DatImportFaults : FaultOperation
{
    private const int FirstVersionGames = 2000;
    private const int NewSystemGames = 300;
    private const int LinkedFiles = 10;

    public override string Name => "DAT import";

    public override string Fixture =>
        $"'dat import' of a Logiqx DAT of {SecondVersion().Count():N0} games, the newer version of the one the scanned library ({LinkedFiles} files) is matched " +
        $"against (games dropped, changed, added, clones), and of a clrmamepro DAT of {NewSystemGames} games for an unknown system";

    public override IReadOnlyList<string> Arguments(FaultWorkspace workspace) =>
        ["dat", "import", workspace.Home + "/dats/gb-v2.dat", workspace.Home + "/dats/acme.dat", "--json"];

    public override void Build(FaultWorkspace workspace)
    {
        var first = new LogiqxDat("Nintendo - Game Boy", "20260101");
        for (var i = 0; i < FirstVersionGames; i++)
        {
            if (i < LinkedFiles)
            {
                var rom = Fixtures.Bytes(4096 + i, 1000 + i);
                workspace.Write($"lib/g{i:00}.gb", rom);
                first.Game(Title(i), Title(i) + ".gb", rom);
            }
            else
            {
                first.Game(Title(i), Title(i) + ".gb", 131072, Crc(i, 1), Sha1(i, 1));
            }
        }

        workspace.Write("dats/gb-v1.dat", first.ToString());
        workspace.Cli("roots", "add", workspace.Library, "--name", FaultWorkspace.RootName);
        workspace.Cli("dat", "import", workspace.Home + "/dats/gb-v1.dat");
        workspace.Cli("scan");

        // The newer version: 1000-1099 with new dumps; half of the new games are clones of earlier ones.
        var second = new LogiqxDat("Nintendo - Game Boy", "20260201");
        foreach (var i in SecondVersion())
        {
            if (i < LinkedFiles)
            {
                second.Game(Title(i), Title(i) + ".gb", Fixtures.Bytes(4096 + i, 1000 + i));
            }
            else
            {
                var dump = i is >= 1000 and < 1100 ? 2 : 1;
                var clone = i >= 2000 && i % 2 == 0 ? Title(i - 1500) : null;
                second.Game(Title(i), Title(i) + ".gb", 131072, Crc(i, dump), Sha1(i, dump), clone);
            }
        }

        workspace.Write("dats/gb-v2.dat", second.ToString());
        var acme = new ClrMameProDat("Acme - Imaginary Console (Parent-Clone)", "1.0");
        for (var i = 0; i < NewSystemGames; i++)
        {
            acme.Game($"Acme Adventure {i} ({(i % 2 == 0 ? "World" : "Japan")})", $"acme{i}.bin", 65536, Crc(-i, 3), Sha1(-i, 3),
                i % 3 == 2 ? $"Acme Adventure {i - 2} (World)" : null);
        }

        workspace.Write("dats/acme.dat", acme.ToString());
    }

    /// <summary>The games of the newer version: 0-2 (linked to files) and 10-199 dropped, 2000-2999 new.</summary>
    private static IEnumerable<int> SecondVersion() => Enumerable.Range(3, 2997).Where(i => i is < 10 or >= 200);

    private static string Title(int i) => (i % 5) switch
    {
        0 => $"Game {i:0000} (USA)",
        1 => $"Game {i:0000} (Europe)",
        2 => $"Game {i:0000} (Japan) (Rev 1)",
        3 => $"Game {i:0000} (USA, Europe) (En,Fr,De)",
        _ => $"Game {i - 4:0000} (World) (Beta)",
    };

    private static string Sha1(int game, int dump) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"{game}/{dump}")));

    private static string Crc(int game, int dump) => Sha1(game, dump)[..8];
}
