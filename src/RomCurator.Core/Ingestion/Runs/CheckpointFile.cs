using System.Text.Json;
using RomCurator.Core.Serialization;

namespace RomCurator.Core.Ingestion.Runs;

/// <summary>Reads and atomically replaces the scan checkpoint (<c>LOGS/ingestion/checkpoint.json</c>).</summary>
public sealed class CheckpointFile(string logsFolder)
{
    public string Path { get; } = System.IO.Path.Combine(logsFolder, "ingestion", "checkpoint.json");

    public ScanCheckpoint? Read()
    {
        try
        {
            return File.Exists(Path)
                ? JsonSerializer.Deserialize(File.ReadAllText(Path), ReportJsonContext.Default.ScanCheckpoint)
                : null;
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged checkpoint only costs the resume: the database still knows what was committed.
            return null;
        }
    }

    public void Write(ScanCheckpoint checkpoint)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(checkpoint, ReportJsonContext.Default.ScanCheckpoint));
        File.Move(temporary, Path, overwrite: true);
    }

    public void Delete()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
