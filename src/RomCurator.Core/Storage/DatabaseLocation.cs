using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Storage;

/// <summary>
/// Checks a database path before SQLite (or a job lock) touches it, so the user hears what is actually wrong instead of
/// SQLite's "disk I/O error" or "a run is in progress": a folder or a device where the file should be (nothing is
/// ever created beside a device: no -journal, -wal or lock file), a read-only folder or file, a file that is not
/// SQLite, and an empty file. An empty (0-byte) file is refused, never silently made a new database: it may be the
/// user's database truncated by a full disk or a bad copy, so the message says how to restore it or start fresh.
/// </summary>
public static class DatabaseLocation
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Throws <see cref="DatabaseUnusableException"/> when <paramref name="path"/> cannot hold a database.</summary>
    public static void EnsureUsable(string path) => Check(path, content: true);

    /// <summary>
    /// The place only, for files kept beside the database (the job lock): not a folder or device, and a folder this
    /// user may write to. What the file holds is checked by whoever opens it.
    /// </summary>
    public static void EnsurePlace(string path) => Check(path, content: false);

    private static void Check(string path, bool content)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new DatabaseUnusableException($"database path '{fullPath}' is a folder, not a file: name a file (for example {Path.Combine(fullPath, "romcurator.db")}).");
        }

        var folder = Path.GetDirectoryName(fullPath);
        if (File.Exists(fullPath))
        {
            CheckExisting(fullPath, folder, content);
            return;
        }

        if (NonUtf8Names.Suspected(fullPath))
        {
            throw new DatabaseUnusableException($"database '{fullPath}' cannot be created: its name has bytes that are not UTF-8 (shown with \uFFFD), " +
                                                "so the file would get another name than the one given: choose a name in UTF-8.");
        }

        if (folder is null)
        {
            return;
        }

        var existing = NearestExistingFolder(folder);
        if (existing is not null && File.Exists(existing))
        {
            throw new DatabaseUnusableException($"database '{fullPath}' cannot be created: '{existing}' is a file, not a folder.");
        }

        if (existing is not null && !WriteAccess.Allowed(existing))
        {
            throw new DatabaseUnusableException($"database '{fullPath}' cannot be created: the folder '{existing}' is read-only for this user.");
        }
    }

    private static void CheckExisting(string fullPath, string? folder, bool content)
    {
        if (!FileKind.IsRegularFile(fullPath))
        {
            throw new DatabaseUnusableException($"database '{fullPath}' is not a regular file (a device, pipe or socket): name a file for the database; nothing was written.");
        }

        if (folder is not null && !WriteAccess.Allowed(folder))
        {
            throw new DatabaseUnusableException($"database '{fullPath}' is in a read-only folder: RomCurator writes its journal and lock files beside the database, so '{folder}' must be writable for this user.");
        }

        if (!content)
        {
            return;
        }

        if (!WriteAccess.Allowed(fullPath))
        {
            throw new DatabaseUnusableException($"database '{fullPath}' is a read-only file: make it writable for this user.");
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnusableException($"database '{fullPath}' cannot be read: {error.Message}");
        }

        if (read == 0)
        {
            throw new DatabaseUnusableException(
                $"database '{fullPath}' is an empty file (0 bytes): if it was your database it has been truncated, so restore it from a backup; " +
                "to start a new database, delete the empty file (or use --db with a new path).");
        }

        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw new DatabaseUnusableException($"'{fullPath}' is not a RomCurator database (not an SQLite file); nothing was written to it.");
        }
    }

    private static string? NearestExistingFolder(string folder)
    {
        for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            if (Directory.Exists(current) || File.Exists(current))
            {
                return current;
            }
        }

        return null;
    }
}
