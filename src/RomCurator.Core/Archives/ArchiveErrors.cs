using SharpCompress.Common;

namespace RomCurator.Core.Archives;

/// <summary>Sorts the exceptions archive libraries throw into "needs a password" and "cannot be read".</summary>
public static class ArchiveErrors
{
    public static bool IsPasswordProblem(Exception error) =>
        error is SharpCompress.Common.CryptographicException or System.Security.Cryptography.CryptographicException
        || error.Message.Contains("password", StringComparison.OrdinalIgnoreCase)
        || error.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Everything an archive library can throw on hostile or damaged input counts as "cannot be read" — except
    /// cancellation, our own bomb guard and running out of memory, which must travel up.
    /// </summary>
    public static bool IsReadProblem(Exception error) =>
        error is not OperationCanceledException and not ArchiveBombException and not OutOfMemoryException;

    /// <summary>A short, human reason for a read failure.</summary>
    public static string Describe(Exception error) => error switch
    {
        ArchiveDamagedException => error.Message,
        EndOfStreamException or IncompleteArchiveException => "truncated: the file ends too early",
        _ when error.Message.Contains("end of stream", StringComparison.OrdinalIgnoreCase) => "truncated: the file ends too early",
        _ when error.Message.Contains("CRC", StringComparison.OrdinalIgnoreCase) => $"damaged: checksum mismatch ({error.Message})",
        InvalidDataException or InvalidFormatException => $"damaged: {error.Message}",
        _ => $"cannot be read: {error.Message}",
    };
}
