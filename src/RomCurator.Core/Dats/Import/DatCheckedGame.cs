using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Naming;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// A game as <see cref="DatGameCheck"/> left it (null when it is not imported), the problems it found, and what the
/// game's name says (<see cref="DatImportWriter.NameOf"/>; null with the game).
/// </summary>
public sealed record DatCheckedGame(DatGame? Game, IReadOnlyList<DatProblem> Problems, DatNameInfo? Name);
