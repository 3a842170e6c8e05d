namespace RomCurator.Core.Dats.Import;

/// <summary>
/// What a DAT import wrote, as far as <see cref="DatFamilyLinker"/> needs it to leave out passes that change nothing:
/// whether a game named a parent (<paramref name="ListedClones"/>), whether every structural link was written with
/// the atomic game its release still has (<paramref name="LinksFollowReleases"/>: no release written twice), and
/// whether the DAT had no entries when the import began (<paramref name="DatWasEmpty"/>).
/// </summary>
public sealed record DatWrittenShape(bool ListedClones, bool LinksFollowReleases, bool DatWasEmpty)
{
    /// <summary>Nothing known: every pass runs.</summary>
    public static readonly DatWrittenShape Any = new(true, false, false);
}
