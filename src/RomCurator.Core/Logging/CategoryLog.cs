namespace RomCurator.Core.Logging;

/// <summary>
/// Appends timestamped lines to <c>LOGS/CATEGORY.log</c> (categories: ingestion, ingestion.archive,
/// ingestion.organizer). Thread-safe; a log that cannot be written never stops the job.
/// </summary>
public sealed class CategoryLog : IDisposable
{
    private readonly object gate = new();
    private readonly StreamWriter? writer;

    public CategoryLog(string logsFolder, string category)
    {
        Category = category;
        try
        {
            Directory.CreateDirectory(logsFolder);
            writer = new StreamWriter(new FileStream(Path.Combine(logsFolder, category + ".log"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
                AutoFlush = true,
            };
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            writer = null;
        }
    }

    public string Category { get; }

    public void Info(string message) => Write("INFO", message);

    public void Warn(string message) => Write("WARN", message);

    public void Error(string message) => Write("ERROR", message);

    public void Dispose()
    {
        lock (gate)
        {
            writer?.Dispose();
        }
    }

    private void Write(string level, string message)
    {
        if (writer is null)
        {
            return;
        }

        lock (gate)
        {
            try
            {
                writer.WriteLine($"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ} {level,-5} {message.ReplaceLineEndings(" ")}");
            }
            catch (IOException)
            {
                // A full disk must not stop a scan; the database keeps the record.
            }
        }
    }
}
