using System.Globalization;
using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Runs;

/// <summary>
/// An exclusive lock on a file beside the database (see <see cref="JobLocks"/>), held for the length of a run and
/// released by the operating system even when the process is killed. The holder writes its pid and what it runs into
/// the file, so a second process can say who is in the way.
/// </summary>
public sealed class JobLock : IDisposable
{
    private readonly FileStream stream;

    private JobLock(FileStream stream, string path)
    {
        this.stream = stream;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Takes the lock or throws <see cref="JobBusyException"/> naming the holder.</summary>
    /// <param name="activity">What the holder runs, with its article: "a scan", "an organizer run".</param>
    public static JobLock Acquire(string databasePath, string lockName, string activity) =>
        TryAcquire(databasePath, lockName, activity) ?? throw new JobBusyException(Describe(DatabaseIdentity.Sibling(databasePath, lockName)));

    /// <summary>Takes the lock, or returns null when another run holds it.</summary>
    public static JobLock? TryAcquire(string databasePath, string lockName, string activity)
    {
        // A lock file is never created beside a device; a read-only folder is said as such, not as a run in progress.
        Storage.DatabaseLocation.EnsurePlace(databasePath);
        var path = DatabaseIdentity.Sibling(databasePath, lockName);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        var owner = System.Text.Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {activity}\n"));
        stream.SetLength(0);
        stream.Write(owner);
        stream.Flush();
        return new JobLock(stream, path);
    }

    /// <summary>"a scan is in progress (pid 123)…" from what the holder wrote into the lock file.</summary>
    public static string Describe(string lockPath)
    {
        var text = UnlockedFile.ReadText(lockPath)?.Trim();
        var space = text?.IndexOf(' ') ?? -1;
        if (text is null || space <= 0 || !int.TryParse(text.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return $"another romcurator run is in progress on this database (lock: {lockPath}); try again when it has finished.";
        }

        return $"{text[(space + 1)..]} is in progress (pid {pid}); try again when it has finished.";
    }

    public void Dispose()
    {
        // Cleared first, so a stale owner is never named by the next process that finds the lock taken.
        stream.SetLength(0);
        stream.Dispose();
    }
}
