using RomCurator.Core.Dats.Parsing;

namespace RomCurator.Core.Dats.Import;

/// <summary>Counts an import's problems and keeps the first <see cref="Kept"/> of them for its summary.</summary>
public sealed class DatProblemTally
{
    public const int Kept = 20;
    private readonly List<DatProblem> first = [];

    public long Count { get; private set; }

    public IReadOnlyList<DatProblem> First => first;

    public void Add(DatProblem problem)
    {
        Count++;
        if (first.Count < Kept)
        {
            first.Add(problem);
        }
    }

    public void AddRange(IEnumerable<DatProblem> problems)
    {
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }
}
