namespace RomCurator.Core.Archives.Discs.Cd;

/// <summary>
/// Redump's names for a disc's split files: "Game.bin" for a single track, "Game (Track N).bin" otherwise, the
/// number zero-padded to two digits from ten tracks on; GD-ROM audio tracks end in ".raw".
/// </summary>
public static class DiscTrackNames
{
    public static string Track(string game, CdTrack track, int trackCount, bool gdRom)
    {
        var extension = gdRom && track.IsAudio ? ".raw" : ".bin";
        if (trackCount == 1 && !gdRom)
        {
            return game + extension;
        }

        var number = trackCount >= 10 ? track.Number.ToString("00") : track.Number.ToString();
        return $"{game} (Track {number}){extension}";
    }
}
