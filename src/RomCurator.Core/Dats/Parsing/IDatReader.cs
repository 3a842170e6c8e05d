namespace RomCurator.Core.Dats.Parsing;

/// <summary>Streams a DAT: the header first, then its games one at a time (memory does not grow with the DAT).</summary>
public interface IDatReader : IDisposable
{
    DatFormat Format { get; }

    DatHeader Header { get; }

    IEnumerable<DatGame> Games(CancellationToken cancellation);

    /// <summary>
    /// After <see cref="Games"/> is read to its end: moves to the next DAT of the same file (a file of several MAME
    /// software lists), changing <see cref="Header"/>; false when the file holds no more.
    /// </summary>
    bool MoveToNextDat() => false;

    /// <summary>Problems of the file as a whole, known once <see cref="Games"/> is read (text that is not UTF-8).</summary>
    IReadOnlyList<DatProblem> FileProblems => [];
}
