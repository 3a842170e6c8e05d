using SharpCompress.Archives;
using SharpCompress.Common;

namespace RomCurator.Core.Archives;

/// <summary>
/// Tells whether an archive opened with a password really decrypts: one member (the smallest encrypted one, or
/// the first of a solid archive) must read to its declared size with its CRC32 matching. The read goes through
/// the bomb guard's limits, so a bomb behind a dictionary password is stopped here too.
/// </summary>
public static class PasswordCheck
{
    public static bool Reads(IArchive archive, BombGuard guard, long containerLength, CancellationToken cancellation)
    {
        if (archive.IsSolid || archive.Type == ArchiveType.SevenZip)
        {
            using var reader = archive.ExtractAllEntries();
            while (reader.MoveToNextEntry())
            {
                if (!reader.Entry.IsDirectory)
                {
                    return ReadsWhole(reader.Entry, reader.OpenEntryStream(), guard.Detached(), containerLength, cancellation);
                }
            }

            return true;
        }

        var files = archive.Entries.Where(e => !e.IsDirectory).ToList();
        var probe = files.Where(e => e.IsEncrypted).OrderBy(e => e.Size).FirstOrDefault() ?? files.FirstOrDefault();
        return probe is null || ReadsWhole(probe, probe.OpenEntryStream(), guard.Detached(), containerLength, cancellation);
    }

    private static bool ReadsWhole(IEntry entry, Stream content, BombGuard guard, long containerLength, CancellationToken cancellation)
    {
        var path = entry.Key ?? "";
        guard.CheckDeclared(path, entry.Size, entry.CompressedSize > 0 ? entry.CompressedSize : containerLength);
        using var verifying = new VerifyingStream(content, path, entry.Size, ArchiveEntry.CrcOf(entry.Crc));
        using var guarded = new GuardedStream(verifying, guard, path, entry.CompressedSize > 0 ? entry.CompressedSize : containerLength, cancellation);
        guarded.CopyTo(Stream.Null);
        return verifying.Mismatch() is null;
    }
}
