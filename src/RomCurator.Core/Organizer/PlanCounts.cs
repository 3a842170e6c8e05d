namespace RomCurator.Core.Organizer;

/// <summary>How many files of a plan move, stay in place, conflict and are skipped, and how many playlists it writes (counted as the plan streams by).</summary>
public sealed class PlanCounts
{
    public int Moves { get; private set; }

    public int InPlace { get; private set; }

    public int Conflicts { get; private set; }

    public int Skips { get; private set; }

    /// <summary>Multi-disc playlists the apply writes (lines of their own, not files: not in <see cref="Total"/>).</summary>
    public int Playlists { get; private set; }

    public int Total => Moves + InPlace + Conflicts + Skips;

    /// <summary>Whether applying the plan changes anything: a file moves or a playlist is written.</summary>
    public bool HasWork => Moves + Playlists > 0;

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
            case PlanActions.Playlist:
                Playlists++;
                break;
            default:
                Skips++;
                break;
        }

        return item;
    }
}
