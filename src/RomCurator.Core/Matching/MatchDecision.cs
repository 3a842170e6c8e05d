namespace RomCurator.Core.Matching;

/// <summary>
/// What to do with a file's title candidates: link the best (<see cref="Link"/>, null: no link) and queue
/// <see cref="Suggestions"/> for review (empty: none). Both empty: the file is dropped (nothing worth suggesting).
/// </summary>
public sealed record MatchDecision(TitleCandidate? Link, IReadOnlyList<TitleCandidate> Suggestions)
{
    public bool Dropped => Link is null && Suggestions.Count == 0;
}
