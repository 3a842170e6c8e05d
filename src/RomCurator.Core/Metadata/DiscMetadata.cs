using System.Buffers.Binary;
using System.Text;

namespace RomCurator.Core.Metadata;

/// <summary>
/// Reads disc image metadata: CHD v5 headers (version, logical size, raw and combined SHA-1, and the track count
/// from the metadata chain when the file can be read at its offsets) and cue sheets (files and tracks).
/// </summary>
public static class DiscMetadata
{
    private const int ChdV5HeaderLength = 124;

    // One entry per track: CD-ROM (CHTR, CHT2) and GD-ROM (CHGT, CHGD) track metadata.
    private static readonly string[] TrackTags = ["CHTR", "CHT2", "CHGT", "CHGD"];

    public static bool IsChd(ReadOnlySpan<byte> head) => head.StartsWith("MComprHD"u8);

    /// <summary>The CHD header fields; <paramref name="file"/> (seekable) lets the metadata chain be read for tracks.</summary>
    public static IReadOnlyDictionary<string, string> Chd(ReadOnlySpan<byte> head, Stream? file)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!IsChd(head) || head.Length < 16)
        {
            return values;
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(head[12..]);
        values["chd.version"] = version.ToString();
        if (version != 5 || head.Length < ChdV5HeaderLength)
        {
            return values;
        }

        values["chd.logical_size"] = BinaryPrimitives.ReadUInt64BigEndian(head[32..]).ToString();
        values["chd.hunk_bytes"] = BinaryPrimitives.ReadUInt32BigEndian(head[56..]).ToString();
        values["chd.raw_sha1"] = HeaderText.Hex(head.Slice(64, 20));
        values["chd.sha1"] = HeaderText.Hex(head.Slice(84, 20));
        var parent = head.Slice(104, 20);
        if (parent.ContainsAnyExcept((byte)0))
        {
            values["chd.parent_sha1"] = HeaderText.Hex(parent);
        }

        if (file is { CanSeek: true } && CountTracks(file, BinaryPrimitives.ReadUInt64BigEndian(head[48..])) is { } tracks)
        {
            values["chd.tracks"] = tracks.ToString();
        }

        return values;
    }

    public static IReadOnlyDictionary<string, string> Cue(ReadOnlySpan<byte> head)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = Encoding.UTF8.GetString(head);
        var files = new List<string>();
        var tracks = 0;
        var modes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("FILE ", StringComparison.OrdinalIgnoreCase))
            {
                var start = line.IndexOf('"');
                var end = line.LastIndexOf('"');
                files.Add(start >= 0 && end > start ? line[(start + 1)..end] : line[5..].Trim());
            }
            else if (line.StartsWith("TRACK ", StringComparison.OrdinalIgnoreCase))
            {
                tracks++;
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 3)
                {
                    modes.Add(parts[2].ToUpperInvariant());
                }
            }
        }

        if (tracks > 0)
        {
            values["cue.tracks"] = tracks.ToString();
            values["cue.files"] = string.Join("|", files);
            values["cue.modes"] = string.Join(",", modes);
        }

        return values;
    }

    /// <summary>Walks the v5 metadata chain (tag, flags, 3-byte length, next offset) counting track entries.</summary>
    private static int? CountTracks(Stream file, ulong offset)
    {
        var tracks = 0;
        var entry = new byte[16];
        for (var steps = 0; offset != 0 && steps < 1000; steps++)
        {
            if ((long)offset + 16 > file.Length)
            {
                return null;
            }

            file.Position = (long)offset;
            if (file.ReadAtLeast(entry, 16, throwOnEndOfStream: false) < 16)
            {
                return null;
            }

            if (TrackTags.Contains(Encoding.ASCII.GetString(entry, 0, 4)))
            {
                tracks++;
            }

            offset = BinaryPrimitives.ReadUInt64BigEndian(entry.AsSpan(8));
        }

        return tracks;
    }
}
