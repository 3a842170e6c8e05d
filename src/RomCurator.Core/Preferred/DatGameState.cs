namespace RomCurator.Core.Preferred;

/// <summary>A DAT game and how many of its ROMs the library holds (verified by hash); complete when it holds them all.</summary>
public sealed record DatGameState(GameVariant Game, long Roms, long Have)
{
    public bool Complete => Roms > 0 && Have >= Roms;
}
