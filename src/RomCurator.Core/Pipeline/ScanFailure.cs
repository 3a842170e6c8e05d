using Microsoft.Data.Sqlite;

namespace RomCurator.Core.Pipeline;

/// <summary>The one line a failed scan reports: the message of an expected failure, or the kind of an unexpected one.</summary>
public static class ScanFailure
{
    /// <summary>Database and file-system errors speak for themselves; anything else is a defect, named as such.</summary>
    public static string Describe(Exception error) =>
        error is SqliteException or IOException or UnauthorizedAccessException
            ? error.Message
            : $"internal error ({error.GetType().Name}): {error.Message}; details are in the ingestion log";
}
