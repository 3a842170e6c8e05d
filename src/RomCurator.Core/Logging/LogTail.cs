using System.Text;

namespace RomCurator.Core.Logging;

/// <summary>
/// The category logs in the logs folder and the last lines of one, read from its end (a large log is never read
/// whole: at most <see cref="MaxBytes"/> from the end).
/// </summary>
public sealed class LogTail(string logsFolder)
{
    public const int MaxBytes = 256 * 1024;

    /// <summary>The categories that have a log file, sorted (e.g. ingestion, ingestion.archive).</summary>
    public IReadOnlyList<string> Categories() =>
        Directory.Exists(logsFolder)
            ? Directory.EnumerateFiles(logsFolder, "*.log").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
            : [];

    public IReadOnlyList<string> Last(string category, int lines)
    {
        var path = Path.Combine(logsFolder, category + ".log");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var start = Math.Max(0, stream.Length - MaxBytes);
            stream.Position = start;
            var buffer = new byte[stream.Length - start];
            stream.ReadExactly(buffer);
            var text = Encoding.UTF8.GetString(buffer);
            var all = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
            // A read that starts mid-file starts mid-line: drop the partial first line.
            return all.Skip(start > 0 ? 1 : 0).TakeLast(lines).ToList();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [$"(the log {path} cannot be read: {error.Message})"];
        }
    }
}
