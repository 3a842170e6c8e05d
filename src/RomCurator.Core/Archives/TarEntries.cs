using System.Formats.Tar;

namespace RomCurator.Core.Archives;

/// <summary>
/// The regular files of a tar stream (plain, or decompressed from gz/bz2/xz), front to back. Directories, links
/// and devices carry no content and are skipped. SharpCompress's tar reader cannot be opened on a decompressed
/// stream, so the runtime's own reader (ustar, pax, GNU long names) is used for every tar.
/// </summary>
public static class TarEntries
{
    /// <param name="stream">The tar data; left open.</param>
    /// <param name="stored">True for a plain tar, whose members are stored (compressed size = size).</param>
    public static IEnumerable<ArchiveEntry> Read(Stream stream, bool stored)
    {
        using var reader = new TarReader(new TarHeaderCheck(stream), leaveOpen: true);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile))
            {
                continue;
            }

            // The entry's data stream belongs to the reader (it skips what is left of it on the next entry).
            var data = entry.DataStream;
            yield return new ArchiveEntry(entry.Name, entry.Length, stored ? entry.Length : -1, entry.ModificationTime.UtcDateTime,
                false, null, () => data is null ? new MemoryStream([], false) : new NonClosingStream(data));
        }
    }
}
