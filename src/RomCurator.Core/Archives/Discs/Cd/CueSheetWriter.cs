using System.Text;

namespace RomCurator.Core.Archives.Discs.Cd;

/// <summary>
/// The cue sheet Redump publishes for a split-track disc: one FILE per track, its mode, INDEX 00 at the start when
/// the pregap is in the file and INDEX 01 after it (a pregap not stored becomes a PREGAP line), CRLF line ends.
/// </summary>
public static class CueSheetWriter
{
    public static byte[] Write(string game, IReadOnlyList<CdTrack> tracks)
    {
        var text = new StringBuilder();
        foreach (var track in tracks)
        {
            text.Append($"FILE \"{DiscTrackNames.Track(game, track, tracks.Count, gdRom: false)}\" BINARY\r\n");
            text.Append($"  TRACK {track.Number:00} {track.CueMode}\r\n");
            if (track.Pregap > 0 && !track.PregapInData)
            {
                text.Append($"    PREGAP {Msf(track.Pregap)}\r\n");
            }

            if (track.Pregap > 0 && track.PregapInData)
            {
                text.Append("    INDEX 00 00:00:00\r\n");
                text.Append($"    INDEX 01 {Msf(track.Pregap)}\r\n");
            }
            else
            {
                text.Append("    INDEX 01 00:00:00\r\n");
            }

            if (track.Postgap > 0)
            {
                text.Append($"  POSTGAP {Msf(track.Postgap)}\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Msf(int frames) => $"{frames / 4500:00}:{frames / 75 % 60:00}:{frames % 75:00}";
}
