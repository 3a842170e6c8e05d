using RomCurator.Core.Storage;

namespace RomCurator.Core.Review;

/// <summary>A <c>release_artifact</c> row a review decision deleted, column for column, kept for undo.</summary>
internal sealed record RemovedArtifact(long ArtifactId, long ReleaseId, long RomId, string ArtifactType, long? ArtifactSequence, long? LogId,
    string CreatedAt)
{
    public static RemovedArtifact Read(SqlRow row) => new(row.Long("artifact_id"), row.Long("release_id"), row.Long("rom_id"),
        row.Text("artifact_type"), row.LongOrNull("artifact_sequence"), row.LongOrNull("log_id"), row.Text("created_at"));
}
