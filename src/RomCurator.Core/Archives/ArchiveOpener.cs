using SharpCompress.Archives;
using SharpCompress.Readers;

namespace RomCurator.Core.Archives;

/// <summary>
/// Opens a seekable stream as an archive and yields its entries in storage order, trying the password
/// dictionary on encrypted archives. Solid archives are read sequentially (one pass), others by entry.
/// </summary>
public static class ArchiveOpener
{
    /// <summary>Opens the archive; returns null with <paramref name="passwordProblem"/> set when no password works.</summary>
    public static OpenedArchive? Open(Stream stream, PasswordDictionary passwords, out string? passwordProblem)
    {
        passwordProblem = null;
        var plain = TryOpen(stream, null, out var needsPassword);
        if (plain is not null && !needsPassword)
        {
            return new OpenedArchive(plain, null);
        }

        plain?.Dispose();
        foreach (var password in passwords.Passwords)
        {
            var archive = TryOpen(stream, password, out _);
            if (archive is not null && Verifies(archive))
            {
                stream.Position = 0;
                return new OpenedArchive(TryOpen(stream, password, out _)!, password);
            }

            archive?.Dispose();
        }

        passwordProblem = passwords.Passwords.Count == 0
            ? "encrypted, and no password dictionary is configured (archives.passwordDictionaryPath)"
            : $"encrypted, and none of the {passwords.Passwords.Count} dictionary passwords worked";
        return null;
    }

    private static IArchive? TryOpen(Stream stream, string? password, out bool needsPassword)
    {
        needsPassword = false;
        stream.Position = 0;
        try
        {
            var archive = ArchiveFactory.OpenArchive(stream, new ReaderOptions { Password = password, LeaveStreamOpen = true });
            needsPassword = password is null && archive.Entries.Any(e => e.IsEncrypted);
            return archive;
        }
        catch (Exception error) when (ArchiveErrors.IsPasswordProblem(error))
        {
            needsPassword = true;
            return null;
        }
    }

    /// <summary>A password is right when the first encrypted member reads to the end (CRC checked).</summary>
    private static bool Verifies(IArchive archive)
    {
        try
        {
            var first = archive.Entries.FirstOrDefault(e => !e.IsDirectory && e.IsEncrypted) ?? archive.Entries.FirstOrDefault(e => !e.IsDirectory);
            if (first is null)
            {
                return true;
            }

            if (archive.IsSolid)
            {
                using var reader = archive.ExtractAllEntries();
                while (reader.MoveToNextEntry())
                {
                    if (!reader.Entry.IsDirectory)
                    {
                        using var content = reader.OpenEntryStream();
                        content.CopyTo(Stream.Null);
                        return true;
                    }
                }

                return true;
            }

            using var stream = first.OpenEntryStream();
            stream.CopyTo(Stream.Null);
            return true;
        }
        catch (Exception error) when (ArchiveErrors.IsReadProblem(error))
        {
            return false;
        }
    }
}
