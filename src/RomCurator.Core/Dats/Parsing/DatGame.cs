namespace RomCurator.Core.Dats.Parsing;

/// <summary>A DAT game (or MAME machine / software) with its files; <see cref="Line"/> is where it starts.</summary>
public sealed record DatGame(string Name, string? Description, string? CloneOf, string? RomOf, bool IsBios, IReadOnlyList<DatRom> Roms, int Line);
