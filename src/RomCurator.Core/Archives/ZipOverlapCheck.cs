namespace RomCurator.Core.Archives;

/// <summary>
/// Refuses a zip whose members share bytes: central-directory entries whose compressed data overlaps another
/// entry's, or runs into the central directory. No tool writes such a zip; it is how zip quines and
/// non-recursive zip bombs (one small member listed a million times) are built. Checked before anything is read.
/// </summary>
public static class ZipOverlapCheck
{
    /// <summary>A local header is at least this long before its data (signature … extra length).</summary>
    private const long LocalHeaderLength = 30;

    /// <summary>Throws <see cref="ArchiveBombException"/> when two members overlap; a zip it cannot lay out is left to the reader.</summary>
    public static void Check(Stream stream)
    {
        if (ZipDirectory.FindEnd(stream) is not { } end || ZipDirectory.ReadEntries(stream, end) is not { Count: > 0 } entries)
        {
            return;
        }

        var ordered = entries.OrderBy(e => e.LocalHeaderOffset).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            var dataEnd = entry.LocalHeaderOffset + LocalHeaderLength + entry.CompressedSize;
            if (i + 1 < ordered.Count && ordered[i + 1].LocalHeaderOffset < dataEnd)
            {
                throw new ArchiveBombException(
                    $"members '{entry.Name}' and '{ordered[i + 1].Name}' overlap (they share bytes of the archive, the construction of " +
                    "zip quines and non-recursive zip bombs); enumeration stopped");
            }

            if (dataEnd > end.DirectoryOffset)
            {
                throw new ArchiveBombException($"member '{entry.Name}' overlaps the archive's central directory; enumeration stopped");
            }
        }
    }
}
