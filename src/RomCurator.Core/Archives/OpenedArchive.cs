using SharpCompress.Archives;

namespace RomCurator.Core.Archives;

/// <summary>An open archive (and the password that opened it) whose entries can be walked once, in order.</summary>
public sealed class OpenedArchive(IArchive archive, string? password) : IDisposable
{
    public string? Password { get; } = password;

    public IEnumerable<ArchiveEntry> Entries()
    {
        if (archive.IsSolid || archive.Type == SharpCompress.Common.ArchiveType.SevenZip)
        {
            // Solid blocks must be decompressed once, front to back.
            using var reader = archive.ExtractAllEntries();
            while (reader.MoveToNextEntry())
            {
                var entry = reader.Entry;
                yield return new ArchiveEntry(entry.Key ?? "", entry.Size, entry.CompressedSize, entry.LastModifiedTime,
                    entry.IsDirectory, ArchiveEntry.CrcOf(entry.Crc), reader.OpenEntryStream);
            }

            yield break;
        }

        foreach (var entry in archive.Entries)
        {
            yield return new ArchiveEntry(entry.Key ?? "", entry.Size, entry.CompressedSize, entry.LastModifiedTime,
                entry.IsDirectory, ArchiveEntry.CrcOf(entry.Crc), entry.OpenEntryStream);
        }
    }

    public void Dispose() => archive.Dispose();
}
