using RomCurator.Core.Dats.Parsing;

namespace RomCurator.Core.Dats.Import;

/// <summary>A game <see cref="RecentGames"/> holds: the release it was written with and its ROMs so far.</summary>
public sealed record RecentGame(long ReleaseId, long AtomicId, string? Region, string? Version, IReadOnlyList<DatRom> Roms);
