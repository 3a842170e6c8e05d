using System.Text;

namespace RomCurator.Core.Archives.Discs.Cd;

/// <summary>
/// The .gdi Redump publishes for a GD-ROM: the track count, then per track its start sector, type (4 data, 0 audio),
/// sector size, quoted file name and 0, CRLF line ends. A track starts where the previous one's frames (gap
/// included) end, as chdman records them.
/// </summary>
public static class GdiWriter
{
    public static byte[] Write(string game, IReadOnlyList<CdTrack> tracks)
    {
        var text = new StringBuilder();
        text.Append($"{tracks.Count}\r\n");
        long lba = 0;
        foreach (var track in tracks)
        {
            var name = DiscTrackNames.Track(game, track, tracks.Count, gdRom: true);
            text.Append($"{track.Number} {lba} {(track.IsAudio ? 0 : 4)} {track.DataSize} \"{name}\" 0\r\n");
            lba += track.Frames;
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
