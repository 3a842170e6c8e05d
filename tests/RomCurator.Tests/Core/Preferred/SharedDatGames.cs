using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Preferred;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Preferred;

/// <summary>The games of a DAT in ../shared/dats, with their parents, as the ranking sees them.</summary>
public static class SharedDatGames
{
    public const string Snes = "no-intro_logiqx_Nintendo - Super Nintendo Entertainment System (Parent-Clone) (20240317-134803).dat";
    public const string GameBoy = "no-intro_clrmamepro_Nintendo - Game Boy.dat";
    public const string Nes = "no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat";
    public const string Mame = "mame2000_logiqx.xml.dat";
    public const string Dreamcast = "redump_clrmamepro_Sega - Dreamcast.dat";

    public static string PathOf(string file) => Path.Combine(RepositoryPaths.Shared, "dats", file);

    public static IReadOnlyList<GameVariant> Read(string file)
    {
        using var reader = DatFileOpener.Open(PathOf(file));
        return reader.Games(CancellationToken.None).Select(g => new GameVariant(g.Name, string.IsNullOrEmpty(g.CloneOf) ? null : g.CloneOf)).ToList();
    }
}
