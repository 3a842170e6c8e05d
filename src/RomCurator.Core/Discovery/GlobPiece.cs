namespace RomCurator.Core.Discovery;

/// <summary>One piece of a <see cref="GlobPattern"/>: a kind, and for a literal its character in both cases.</summary>
internal readonly struct GlobPiece(GlobPieceKind kind, char literal)
{
    private readonly char lower = char.ToLowerInvariant(literal);
    private readonly char upper = char.ToUpperInvariant(literal);

    public GlobPieceKind Kind { get; } = kind;

    /// <summary>Whether a literal piece reads <paramref name="c"/> (the same letter in either case counts).</summary>
    public bool Accepts(char c) =>
        c == lower || c == upper || char.ToLowerInvariant(c) == lower || char.ToUpperInvariant(c) == upper;
}
