using SharpCompress.Archives;
using SharpCompress.Readers;

namespace RomCurator.Core.Archives;

/// <summary>
/// Opens a seekable zip, 7z or rar stream, trying the password dictionary when it is encrypted. A password
/// counts only when <see cref="PasswordCheck"/> reads a member with it and the member's CRC32 matches: a wrong
/// ZipCrypto password passes zip's one-byte check once in 256 tries.
/// </summary>
public static class ArchiveOpener
{
    /// <summary>Opens the archive; returns null with <paramref name="passwordProblem"/> set when no password works.</summary>
    public static OpenedArchive? Open(Stream stream, PasswordDictionary passwords, BombGuard guard, CancellationToken cancellation,
        out string? passwordProblem)
    {
        passwordProblem = null;
        var plain = TryOpenPlain(stream);
        if (plain is not null && !plain.Entries.Any(e => e.IsEncrypted))
        {
            return new OpenedArchive(plain, null);
        }

        plain?.Dispose();
        foreach (var password in passwords.Passwords)
        {
            cancellation.ThrowIfCancellationRequested();
            if (TryPassword(stream, password, guard, cancellation) is { } archive)
            {
                return new OpenedArchive(archive, password);
            }
        }

        passwordProblem = passwords.Passwords.Count == 0
            ? "encrypted, and no password dictionary is configured (archives.passwordDictionaryPath)"
            : $"encrypted, and none of the {passwords.Passwords.Count} dictionary passwords worked";
        return null;
    }

    /// <summary>The archive opened without a password; null when that fails for want of one (7z with encrypted headers).</summary>
    private static IArchive? TryOpenPlain(Stream stream)
    {
        try
        {
            return OpenWith(stream, null);
        }
        catch (Exception error) when (ArchiveErrors.IsPasswordProblem(error))
        {
            return null;
        }
    }

    /// <summary>The archive opened afresh with a password that reads a member correctly, or null.</summary>
    private static IArchive? TryPassword(Stream stream, string password, BombGuard guard, CancellationToken cancellation)
    {
        try
        {
            bool works;
            using (var probe = OpenWith(stream, password))
            {
                works = PasswordCheck.Reads(probe, guard, stream.Length, cancellation);
            }

            return works ? OpenWith(stream, password) : null;
        }
        catch (Exception error) when (ArchiveErrors.IsReadProblem(error))
        {
            // Wrong passwords show up as anything from CryptographicException to "cannot determine stream type".
            return null;
        }
    }

    private static IArchive OpenWith(Stream stream, string? password)
    {
        stream.Position = 0;
        var archive = ArchiveFactory.OpenArchive(stream, new ReaderOptions { Password = password, LeaveStreamOpen = true });
        _ = archive.Entries.Count();
        return archive;
    }
}
