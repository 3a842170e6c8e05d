using System.Text;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Makes one path segment safe on every file system a NAS shares to: no separators, no "." or "..", no control
/// characters or characters Windows/SMB forbid, no reserved device names, no trailing dots or spaces, at most
/// 200 bytes of UTF-8. A DAT title can therefore never climb out of the root or name a device.
/// </summary>
public static class PathSanitizer
{
    public const int MaxSegmentBytes = 200;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Segment(string text, string fallback = "_")
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ':')
            {
                clean.Append(" -");
                continue;
            }

            clean.Append(c switch
            {
                '/' or '\\' => '-',
                '<' or '>' or '"' or '|' or '?' or '*' => '_',
                _ when char.IsControl(c) => ' ',
                _ => c,
            });
        }

        var segment = string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ');
        segment = segment.TrimStart('.');
        if (segment.Length == 0)
        {
            segment = fallback;
        }

        var stem = segment.Split('.')[0].Trim();
        if (Reserved.Contains(stem))
        {
            segment = "_" + segment;
        }

        return Truncate(segment);
    }

    /// <summary>
    /// Cuts a segment to <see cref="MaxSegmentBytes"/> bytes of UTF-8, keeping a short extension. Linear in the length
    /// of the segment: the characters that fit are counted once, front to back (a title of megabytes costs milliseconds).
    /// </summary>
    public static string Truncate(string segment)
    {
        if (Encoding.UTF8.GetByteCount(segment) <= MaxSegmentBytes)
        {
            return segment;
        }

        var extension = Path.GetExtension(segment);
        if (extension.Length > 12)
        {
            extension = "";
        }

        var stem = segment.AsSpan(0, segment.Length - extension.Length);
        var budget = MaxSegmentBytes - Encoding.UTF8.GetByteCount(extension);
        int used = 0, end = 0;
        while (end < stem.Length)
        {
            // A surrogate pair is one character: kept or cut together.
            var width = char.IsHighSurrogate(stem[end]) && end + 1 < stem.Length && char.IsLowSurrogate(stem[end + 1]) ? 2 : 1;
            var bytes = Encoding.UTF8.GetByteCount(stem.Slice(end, width));
            if (used + bytes > budget)
            {
                break;
            }

            used += bytes;
            end += width;
        }

        return stem[..end].ToString().TrimEnd('.', ' ') + extension;
    }
}
