using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Naming;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// A game as <see cref="DatGameCheck"/> left it (null when it is not imported), the problems it found, what the
/// game's name says (<see cref="DatImportWriter.NameOf"/>; null with the game), and whether its name and title key may
/// have come earlier in the DAT (<see cref="DatSeenKeys"/>).
/// </summary>
public sealed record DatCheckedGame(DatGame? Game, IReadOnlyList<DatProblem> Problems, DatNameInfo? Name, DatSeenBefore Seen = default);
