using System.Globalization;
using RomCurator.Core.Archives.Discs.Chd;

namespace RomCurator.Core.Archives.Discs.Cd;

/// <summary>
/// The tracks of a CD (CHTR, CHT2) or GD-ROM (CHGT, CHGD) CHD, from its metadata text
/// ("TRACK:1 TYPE:MODE1_RAW SUBTYPE:NONE FRAMES:300 PREGAP:0 PGTYPE:MODE1 PGSUB:NONE POSTGAP:0"), in track order,
/// with the frame each one starts at. Empty when the CHD is not a CD.
/// </summary>
public static class CdTrackList
{
    private static readonly string[] CdTags = ["CHTR", "CHT2"];
    private static readonly string[] GdTags = ["CHGT", "CHGD"];

    public static bool IsGdRom(IReadOnlyList<ChdMetadataEntry> metadata) => metadata.Any(m => GdTags.Contains(m.Tag));

    public static IReadOnlyList<CdTrack> Read(IReadOnlyList<ChdMetadataEntry> metadata, long totalFrames)
    {
        var parsed = metadata.Where(m => CdTags.Contains(m.Tag) || GdTags.Contains(m.Tag)).Select(m => Parse(m.Text)).OrderBy(t => t.Number).ToList();
        var tracks = new List<CdTrack>();
        long frame = 0;
        for (var i = 0; i < parsed.Count; i++)
        {
            var track = parsed[i];
            if (track.Number != i + 1)
            {
                throw new InvalidDataException($"damaged: track metadata numbers tracks {string.Join(",", parsed.Select(t => t.Number))}");
            }

            if (track.Frames < 0 || track.Pad < 0 || track.Pad > track.Frames || frame + track.Frames > totalFrames)
            {
                throw new InvalidDataException($"damaged: track {track.Number} ends past the end of the disc data");
            }

            tracks.Add(track with { FirstFrame = frame });
            frame += track.Frames + Padding(track.Frames);
        }

        return tracks;
    }

    private static int Padding(int frames) => (4 - frames % 4) % 4;

    private static CdTrack Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':');
            if (colon > 0)
            {
                fields[part[..colon]] = part[(colon + 1)..];
            }
        }

        return new CdTrack(Number(fields, "TRACK"), fields.GetValueOrDefault("TYPE", "MODE1_RAW"), fields.GetValueOrDefault("SUBTYPE", "NONE"),
            Number(fields, "FRAMES"), Number(fields, "PREGAP"), fields.GetValueOrDefault("PGTYPE", "MODE1"), Number(fields, "POSTGAP"), Number(fields, "PAD"));
    }

    private static int Number(Dictionary<string, string> fields, string name) =>
        !fields.TryGetValue(name, out var text) ? 0
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InvalidDataException($"damaged: track metadata {name}:{text} is not a number");
}
