namespace RomCurator.Core.Organizer;

/// <summary>How many files of a plan move, stay in place, conflict and are skipped (counted as the plan streams by).</summary>
public sealed class PlanCounts
{
    public int Moves { get; private set; }

    public int InPlace { get; private set; }

    public int Conflicts { get; private set; }

    public int Skips { get; private set; }

    public int Total => Moves + InPlace + Conflicts + Skips;

    public PlannedMove Count(PlannedMove item)
    {
        switch (item.Action)
        {
            case PlanActions.Move:
                Moves++;
                break;
            case PlanActions.InPlace:
                InPlace++;
                break;
            case PlanActions.Conflict:
                Conflicts++;
                break;
            default:
                Skips++;
                break;
        }

        return item;
    }
}
