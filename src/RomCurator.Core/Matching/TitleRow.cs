namespace RomCurator.Core.Matching;

/// <summary>
/// A DAT game as <see cref="TitleRows"/> reads it back for scoring, before the facts of its name are worked out
/// (<see cref="ToIndexed"/>: pure, done on any thread).
/// </summary>
public sealed record TitleRow(long DatEntryId, long AtomicId, long? ReleaseId, string GameName, IReadOnlyList<long> RomSizes, bool IsClone)
{
    public IndexedTitle ToIndexed() => new(DatEntryId, AtomicId, ReleaseId, GameName, TitleFacts.From(GameName), RomSizes, IsClone);
}
