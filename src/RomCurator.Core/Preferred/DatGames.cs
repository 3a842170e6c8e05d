namespace RomCurator.Core.Preferred;

/// <summary>One imported DAT's games with what the library holds of each.</summary>
public sealed record DatGames(long DatId, string Dat, string? Version, string? Platform, IReadOnlyList<DatGameState> Games);
