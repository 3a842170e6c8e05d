namespace RomCurator.Core.Organizer;

/// <summary>The library changed since a plan was shown: made again, its moves are not the ones shown. Nothing was moved.</summary>
public sealed class PlanChangedException(long planId, int shownMoves, int moves)
    : Exception($"the library changed since plan {planId} was shown ({shownMoves} move{(shownMoves == 1 ? "" : "s")} then, {moves} now, or not the same ones); " +
                "nothing was moved: look at the new plan (romcurator organize) and apply that one")
{
    public long PlanId { get; } = planId;
}
