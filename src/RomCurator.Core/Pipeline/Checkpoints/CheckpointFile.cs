using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RomCurator.Core.Runs;

namespace RomCurator.Core.Pipeline.Checkpoints;

/// <summary>
/// Reads and atomically replaces the scan checkpoint of one database: <c>LOGS/ingestion/checkpoint-KEY.json</c>, KEY
/// derived from the database's canonical path, which the checkpoint also records. A checkpoint written for another
/// database (or by a version that did not record one) is never returned, so a scan can only resume a run of its own
/// database. Without a database (callers that only know the logs folder) it reports any database's checkpoint.
/// </summary>
public sealed class CheckpointFile(string logsFolder, string? databasePath = null)
{
    private const string LegacyName = "checkpoint.json";

    private readonly string folder = System.IO.Path.Combine(logsFolder, "ingestion");
    private readonly string? database = databasePath is null ? null : DatabaseIdentity.Canonical(databasePath);

    public string Path => database is null
        ? System.IO.Path.Combine(folder, LegacyName)
        : System.IO.Path.Combine(folder, $"checkpoint-{Key(database)}.json");

    public ScanCheckpoint? Read()
    {
        if (database is not null)
        {
            return Load(Path) is { } own && own.Database == database ? own : null;
        }

        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "checkpoint*.json").Select(Load).OfType<ScanCheckpoint>().MaxBy(c => c.UpdatedUtc)
            : null;
    }

    public void Write(ScanCheckpoint checkpoint)
    {
        if (database is null)
        {
            throw new InvalidOperationException("a scan checkpoint is written for a database");
        }

        Directory.CreateDirectory(folder);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(checkpoint with { Database = database }, ScanJsonContext.Default.ScanCheckpoint));
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>Deletes this database's checkpoint, and a checkpoint.json of an older version (no scan can resume it).</summary>
    public void Delete()
    {
        foreach (var path in new[] { Path, System.IO.Path.Combine(folder, LegacyName) }.Distinct())
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }

    private static ScanCheckpoint? Load(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), ScanJsonContext.Default.ScanCheckpoint) : null;
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged checkpoint only costs the resume: the database still knows what was committed.
            return null;
        }
    }

    private static string Key(string canonicalDatabase) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalDatabase)))[..16];
}
