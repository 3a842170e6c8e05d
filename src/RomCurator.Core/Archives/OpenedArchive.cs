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

        var zip = archive.Type == ArchiveType.Zip;
        foreach (var entry in archive.Entries)
        {
            yield return new ArchiveEntry(entry.Key ?? "", entry.Size, entry.CompressedSize, entry.LastModifiedTime,
                entry.IsDirectory, zip ? ZipCrc(entry) : ArchiveEntry.CrcOf(entry.Crc), entry.OpenEntryStream)
            {
                InflatedByZlib = zip && inflate is not null && entry.CompressionType == CompressionType.Deflate,
            };
        }
    }

    public void Dispose() => archive.Dispose();

    /// <summary>
    /// A zip always records a member's CRC32 (its central directory holds it even when a data descriptor carried it),
    /// so 0 is a CRC32 to check like any other: an empty member has it, and a non-empty one almost never. Only an
    /// AES-encrypted member (WinZip AE-2) records 0 for "none"; its content is authenticated instead.
    /// </summary>
    private static uint? ZipCrc(IArchiveEntry entry) => entry.IsEncrypted ? ArchiveEntry.CrcOf(entry.Crc) : (uint)entry.Crc;
}
