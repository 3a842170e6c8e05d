using SharpCompress.Archives;
using SharpCompress.Common;

namespace RomCurator.Core.Archives;

/// <summary>An open archive (and the password that opened it) whose entries can be walked once, in order.</summary>
/// <param name="inflate">the provider the archive was opened with (zip members it inflates natively), or null</param>
public sealed class OpenedArchive(IArchive archive, string? password, NativeInflateProvider? inflate = null) : IDisposable
{
    public string? Password { get; } = password;

    public IEnumerable<ArchiveEntry> Entries()
    {
        if (archive.IsSolid || archive.Type == ArchiveType.SevenZip)
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
            var crc = ArchiveEntry.CrcOf(entry.Crc);
            if (inflate is null || archive.Type != ArchiveType.Zip || entry.CompressionType != CompressionType.Deflate)
            {
                yield return new ArchiveEntry(entry.Key ?? "", entry.Size, entry.CompressedSize, entry.LastModifiedTime,
                    entry.IsDirectory, crc, entry.OpenEntryStream);
                continue;
            }

            // A deflated zip member: inflated natively when its CRC32 can prove the result, else (and to read a
            // failure again) with SharpCompress's own inflate.
            var reference = () => OpenWithReference(entry);
            yield return new ArchiveEntry(entry.Key ?? "", entry.Size, entry.CompressedSize, entry.LastModifiedTime,
                entry.IsDirectory, crc, crc is null ? reference : entry.OpenEntryStream)
            {
                OpenReference = crc is null ? null : reference,
            };
        }
    }

    public void Dispose() => archive.Dispose();

    private Stream OpenWithReference(IArchiveEntry entry)
    {
        inflate!.UseNative = false;
        try
        {
            return entry.OpenEntryStream();
        }
        finally
        {
            inflate.UseNative = true;
        }
    }
}
