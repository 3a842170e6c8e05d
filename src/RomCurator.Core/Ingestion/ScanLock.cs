namespace RomCurator.Core.Ingestion;

/// <summary>
/// Keeps two scans from running at once: an exclusive lock on <c>LOGS/ingestion/scan.lock</c>, released by the
/// operating system even when the process is killed.
/// </summary>
public sealed class ScanLock : IDisposable
{
    private readonly FileStream stream;

    private ScanLock(FileStream stream) => this.stream = stream;

    public static ScanLock Acquire(string logsFolder)
    {
        var folder = Path.Combine(logsFolder, "ingestion");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "scan.lock");
        try
        {
            return new ScanLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new ScanException($"another romcurator scan is running (lock: {path}); wait for it to finish.");
        }
    }

    public void Dispose() => stream.Dispose();
}
