using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Pipeline;

/// <summary>
/// Keeps <see cref="ScanWritePragmas"/> on the scan's connection across the consecutive steps that write in bulk
/// (discovery, hashing): applied once when the first of them starts, restored before the next step that does not
/// and when the run ends, so the later steps (matching reads much and sorts) keep the connection's own settings.
/// </summary>
public sealed class BulkWriteScope(SqliteConnection connection) : IDisposable
{
    private ScanWritePragmas? applied;

    public bool IsApplied => applied is not null;

    /// <summary>Called as <paramref name="step"/> starts.</summary>
    public void Enter(ScanStep step)
    {
        if (step.BulkWrites)
        {
            applied ??= ScanWritePragmas.Apply(connection);
        }
        else
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        applied?.Dispose();
        applied = null;
    }
}
