namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// A DAT game (or MAME machine / software) with its files; <see cref="Line"/> is where it starts. An empty
/// <see cref="Name"/> means the DAT gave it none; <see cref="Problems"/> are the values the reader had to drop.
/// </summary>
public sealed record DatGame(string Name, string? Description, string? CloneOf, string? RomOf, bool IsBios, IReadOnlyList<DatRom> Roms, int Line,
    IReadOnlyList<DatProblem>? Problems = null)
{
    public IReadOnlyList<DatProblem> ProblemList => Problems ?? [];
}
