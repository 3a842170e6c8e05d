namespace RomCurator.Core.Dats.Parsing;

/// <summary>Streams a DAT: the header first, then its games one at a time (memory does not grow with the DAT).</summary>
public interface IDatReader : IDisposable
{
    DatFormat Format { get; }

    DatHeader Header { get; }

    IEnumerable<DatGame> Games(CancellationToken cancellation);
}
