namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// One DAT value or entry that could not be taken as it is (a hash that is not hex, a size that is not a size, a
/// game without a usable name, a duplicate…): where it is (<see cref="Line"/>, 0 when the whole DAT is meant),
/// what kind of problem (<see cref="DatProblemKinds"/>) and what was done about it.
/// </summary>
public sealed record DatProblem(int Line, string Kind, string Message)
{
    public override string ToString() => Line > 0 ? $"line {Line}: {Message}" : Message;
}
