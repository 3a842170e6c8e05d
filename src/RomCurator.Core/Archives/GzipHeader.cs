using System.Text;

namespace RomCurator.Core.Archives;

/// <summary>Reads the original file name a gzip header may carry (RFC 1952: the FNAME field).</summary>
public static class GzipHeader
{
    private const byte FlagExtra = 0x04;
    private const byte FlagName = 0x08;

    /// <summary>The stored name from the first bytes of a gzip file, or null when it has none (or it does not fit).</summary>
    public static string? ReadName(ReadOnlySpan<byte> header)
    {
        if (header.Length < 10 || header[0] != 0x1F || header[1] != 0x8B || (header[3] & FlagName) == 0)
        {
            return null;
        }

        var at = 10;
        if ((header[3] & FlagExtra) != 0)
        {
            if (header.Length < at + 2)
            {
                return null;
            }

            at += 2 + (header[at] | (header[at + 1] << 8));
        }

        if (at >= header.Length)
        {
            return null;
        }

        var end = header[at..].IndexOf((byte)0);
        return end <= 0 ? null : Encoding.UTF8.GetString(header.Slice(at, end)).Replace('\\', '/');
    }
}
