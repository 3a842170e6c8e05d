namespace RomCurator.Core.Dats.Import;

/// <summary>
/// The game names and title keys of one DAT's games so far (<see cref="WrittenGameNames"/> filters): asked once per
/// game in the DAT's order, it says whether each may have come before. The same answers whichever thread asks, as long
/// as every game is asked in order; the reading thread asks, so the filters' cache misses are not the writer's.
/// </summary>
public sealed class DatSeenKeys
{
    private readonly WrittenGameNames names = new();
    private readonly WrittenGameNames titleKeys = new();

    /// <summary>Notes the game's name and title key; returns whether each may have been noted before.</summary>
    public DatSeenBefore Note(string gameName, string titleKey) =>
        new(names.MayContainThenAdd(gameName), titleKeys.MayContainThenAdd(titleKey));
}
