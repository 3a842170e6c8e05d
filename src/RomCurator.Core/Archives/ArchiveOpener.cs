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
    /// <param name="nativeInflate">deflated zip members inflated by native zlib (<see cref="NativeInflateProvider"/>)</param>
    public static OpenedArchive? Open(Stream stream, PasswordDictionary passwords, BombGuard guard, CancellationToken cancellation,
        out string? passwordProblem, bool nativeInflate = true)
    {
        passwordProblem = null;
        var inflate = nativeInflate ? new NativeInflateProvider() : null;
        var plain = TryOpenPlain(stream, inflate);
        if (plain is not null && !plain.Entries.Any(e => e.IsEncrypted))
        {
            return new OpenedArchive(plain, null, inflate);
        }

        plain?.Dispose();
        foreach (var password in passwords.Passwords)
        {
            cancellation.ThrowIfCancellationRequested();
            if (TryPassword(stream, password, guard, inflate, cancellation) is { } archive)
            {
                return new OpenedArchive(archive, password, inflate);
            }
        }

        passwordProblem = passwords.Passwords.Count == 0
            ? "encrypted, and no password dictionary is configured (archives.passwordDictionaryPath)"
            : $"encrypted, and none of the {passwords.Passwords.Count} dictionary passwords worked";
        return null;
    }

    /// <summary>The archive opened without a password; null when that fails for want of one (7z with encrypted headers).</summary>
    private static IArchive? TryOpenPlain(Stream stream, NativeInflateProvider? inflate)
    {
        try
        {
            return OpenWith(stream, null, inflate);
        }
        catch (Exception error) when (ArchiveErrors.IsPasswordProblem(error))
        {
            return null;
        }
    }

    /// <summary>
    /// The archive opened afresh with a password that reads a member correctly, or null. The check reads with the
    /// reference inflate (its verdict as before); the archive returned inflates with <paramref name="inflate"/> (null: SharpCompress's own).
    /// </summary>
    private static IArchive? TryPassword(Stream stream, string password, BombGuard guard, NativeInflateProvider? inflate, CancellationToken cancellation)
    {
        try
        {
            bool works;
            using (var probe = OpenWith(stream, password, null))
            {
                works = PasswordCheck.Reads(probe, guard, stream.Length, cancellation);
            }

            return works ? OpenWith(stream, password, inflate) : null;
        }
        catch (Exception error) when (ArchiveErrors.IsReadProblem(error))
        {
            // Wrong passwords show up as anything from CryptographicException to "cannot determine stream type".
            return null;
        }
    }

    /// <param name="inflate">inflates zip members (native zlib, see <see cref="NativeInflateProvider"/>); null: SharpCompress's own</param>
    private static IArchive OpenWith(Stream stream, string? password, NativeInflateProvider? inflate)
    {
        stream.Position = 0;
        var options = new ReaderOptions { Password = password, LeaveStreamOpen = true };
        if (inflate is not null)
        {
            options.Providers = inflate.Registry();
        }

        var archive = ArchiveFactory.OpenArchive(stream, options);
        _ = archive.Entries.Count();
        return archive;
    }
}
