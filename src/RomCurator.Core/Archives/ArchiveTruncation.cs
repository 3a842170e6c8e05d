using System.Buffers.Binary;

namespace RomCurator.Core.Archives;

/// <summary>
/// Tells, after an archive failed to open, whether it is simply cut short — the commonest damage (an interrupted
/// download or copy) — so the user reads "truncated" rather than the archive library's internal error: a zip
/// without its end record, a 7z whose index lies past the end of the file.
/// </summary>
public static class ArchiveTruncation
{
    private const int SevenZipStartHeaderLength = 32;

    /// <summary>Why the archive is truncated, or null when its length looks complete (or the kind has no such check).</summary>
    public static string? Explain(Stream stream, ArchiveKind kind)
    {
        try
        {
            return kind switch
            {
                ArchiveKind.Zip when ZipDirectory.FindEnd(stream) is null =>
                    "truncated: the file ends too early (the zip's end record, its last bytes, is missing)",
                ArchiveKind.SevenZip => SevenZip(stream),
                _ => null,
            };
        }
        catch (Exception error) when (error is IOException or NotSupportedException)
        {
            return null;
        }
    }

    private static string? SevenZip(Stream stream)
    {
        if (stream.Length < SevenZipStartHeaderLength)
        {
            return "truncated: the file ends too early (shorter than the 7z signature header)";
        }

        var header = new byte[SevenZipStartHeaderLength];
        stream.Position = 0;
        stream.ReadExactly(header);
        var indexOffset = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(12));
        var indexSize = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(20));
        var needed = SevenZipStartHeaderLength + (decimal)indexOffset + indexSize;
        return needed > stream.Length
            ? $"truncated: the file ends too early ({stream.Length:N0} of the {needed:N0} bytes its header declares)"
            : null;
    }
}
