namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Whether a game's name and its title key may have come earlier in the same DAT ("maybe", or certainly not): told by
/// <see cref="DatSeenKeys"/> on the reading thread, in the DAT's order, for the writer to act on.
/// </summary>
public readonly record struct DatSeenBefore(bool GameName, bool TitleKey);
