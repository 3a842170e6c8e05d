using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Review;

/// <summary>
/// What matching linked on the strength of a title suggestion: the automatic <c>dat_atomic_link</c> from the file to
/// the suggested DAT entry, and the <c>release_artifact</c> that came with it. When the suggestion is rejected both
/// go; they are returned as they were, for the undo journal.
/// </summary>
internal static class SuggestionLinks
{
    /// <summary>Deletes the automatic link file → entry and, when no other link of the file reaches that release, its release link.</summary>
    public static (List<RemovedLink> Links, List<RemovedArtifact> Artifacts) Remove(SqliteTransaction transaction, long romId, long datEntryId)
    {
        var links = transaction.Once($"""
            SELECT {RemovedLink.Columns} FROM dat_atomic_link
            WHERE rom_id = $rom AND dat_entry_id = $entry AND match_type = 'automatic'
            """).Bind("$rom", romId).Bind("$entry", datEntryId).All(RemovedLink.Read);
        if (links.Count == 0)
        {
            return ([], []);
        }

        transaction.Once("DELETE FROM dat_atomic_link WHERE link_id = $id").Bind("$id", links[0].LinkId).Execute();
        var artifacts = transaction.Once("""
            SELECT a.artifact_id, a.release_id, a.rom_id, a.artifact_type, a.artifact_sequence, a.log_id, a.created_at
            FROM release_artifact a JOIN dat_entry e ON e.release_id = a.release_id
            WHERE e.dat_entry_id = $entry AND a.rom_id = $rom
              AND NOT EXISTS (SELECT 1 FROM dat_atomic_link l JOIN dat_entry other ON other.dat_entry_id = l.dat_entry_id
                              WHERE l.rom_id = $rom AND other.release_id = a.release_id)
            """).Bind("$rom", romId).Bind("$entry", datEntryId).All(RemovedArtifact.Read);
        using var deleteArtifact = transaction.Statement("DELETE FROM release_artifact WHERE artifact_id = $id");
        foreach (var artifact in artifacts)
        {
            deleteArtifact.Bind("$id", artifact.ArtifactId).Execute();
        }

        return (links, artifacts);
    }
}
