namespace RomCurator.Core.Dats.Import;

/// <summary>
/// What a DAT import wrote, as far as <see cref="DatFamilyLinker"/> needs it to leave out passes that change nothing:
/// whether a game named a parent (<paramref name="ListedClones"/>), whether every structural link was written with
/// the atomic game its release still has (<paramref name="LinksFollowReleases"/>: no release written twice),
/// whether the DAT had no entries when the import began (<paramref name="DatWasEmpty"/>), and whether the platform
/// certainly has no release without entries and no atomic game without releases (<paramref name="LeftNoOrphans"/>:
/// proven by what was written, <see cref="DatNewRows.MayLeaveOrphans"/>, so the sweeps for them would delete nothing).
/// </summary>
public sealed record DatWrittenShape(bool ListedClones, bool LinksFollowReleases, bool DatWasEmpty, bool LeftNoOrphans = false)
{
    /// <summary>Nothing known: every pass runs.</summary>
    public static readonly DatWrittenShape Any = new(true, false, false);
}
