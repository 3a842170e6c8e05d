namespace RomCurator.Core.Reports;

/// <summary>
/// How a CD or GD-ROM image (a CHD) matches its nearest DAT game by hash: the game most of its tracks match,
/// <see cref="TracksMatched"/> of the game's <see cref="Tracks"/> track files (the image has <see cref="DiscTracks"/>),
/// and whether the game's cue sheet or gdi matched (<c>matched</c>), differs (<c>differs</c>: the tracks decide, a
/// cue with other spacing or extra lines is common) or the game lists none (<c>none</c>). <see cref="Complete"/> when
/// every track of the game and of the image matched.
/// </summary>
public sealed record DiscGameMatch(
    string Root,
    string Path,
    string Dat,
    string DatGame,
    long TracksMatched,
    long Tracks,
    long DiscTracks,
    string Sheet,
    bool Complete)
{
    /// <summary>"complete", or "3 of 4 tracks"; with ", cue differs" when only the sheet differs.</summary>
    public string Summary => (Complete ? "complete" : $"{TracksMatched} of {Tracks} track{(Tracks == 1 ? "" : "s")}")
        + (Sheet == "differs" ? ", cue differs" : "")
        + (DiscTracks != Tracks ? $", the image has {DiscTracks}" : "");
}
