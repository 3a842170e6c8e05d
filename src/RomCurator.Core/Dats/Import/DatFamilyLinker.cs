using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// After a DAT is written: clones join their parent's atomic game (so "Rockman" and "Mega Man" are one game),
/// entries the new version no longer lists are removed unless a file is linked to them, and atomic games left
/// without releases are dropped.
/// </summary>
public sealed class DatFamilyLinker(SqliteConnection connection)
{
    /// <summary>
    /// Runs in the import's transaction (the caller commits); returns how many entries were removed. Told what the
    /// import wrote (<paramref name="shape"/>): the passes over the DAT's entries that can
    /// change nothing for it are left out (no clone listed: no release joins a parent; every structural link
    /// written with its release's atomic game and none changed after: no link to rewrite; a DAT that had no entries
    /// before: none of an older version to remove; links written after the clones joined: none to rewrite; nothing that
    /// could have left a release or an atomic game orphaned: no sweep).
    /// </summary>
    /// <param name="writeLinks">Writes the structural links of a DAT new to the database, called once clones have
    /// joined their parents: its links follow their releases from the start.</param>
    public long Finish(SqliteTransaction transaction, long datId, long platformId, long logId, DatWrittenShape shape, Action? writeLinks = null)
    {
        if (shape.ListedClones)
        {
            JoinClones(transaction, datId, platformId, logId);
        }

        writeLinks?.Invoke();
        if ((shape.ListedClones && writeLinks is null) || !shape.LinksFollowReleases)
        {
            // Only the links whose game changed are rewritten (a clone's, a game listed again): the others are as they are.
            Execute(transaction, """
                UPDATE dat_atomic_link SET atomic_id = r.atomic_id
                FROM dat_entry e JOIN game_release r ON r.release_id = e.release_id
                WHERE e.dat_id = $dat AND dat_atomic_link.dat_entry_id = e.dat_entry_id AND dat_atomic_link.rom_id IS NULL
                  AND dat_atomic_link.atomic_id <> r.atomic_id
                """, datId, platformId, logId);
        }

        var removed = shape.DatWasEmpty ? 0 : Execute(transaction, """
            DELETE FROM dat_entry WHERE dat_id = $dat AND log_id <> $log
              AND NOT EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.dat_entry_id = dat_entry.dat_entry_id AND l.rom_id IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM ingestion_candidate c WHERE c.dat_entry_id = dat_entry.dat_entry_id)
            """, datId, platformId, logId);
        if (shape.LeftNoOrphans)
        {
            // Every release and atomic game of the platform is this import's and has an entry, a release: none to sweep.
            return removed;
        }

        Execute(transaction, """
            DELETE FROM game_release WHERE platform_id = $platform
              AND NOT EXISTS (SELECT 1 FROM dat_entry e WHERE e.release_id = game_release.release_id)
              AND NOT EXISTS (SELECT 1 FROM release_artifact a WHERE a.release_id = game_release.release_id)
            """, datId, platformId, logId);
        Execute(transaction, """
            DELETE FROM atomic_game_unit WHERE platform_id = $platform
              AND NOT EXISTS (SELECT 1 FROM game_release r WHERE r.atomic_id = atomic_game_unit.atomic_id)
              AND NOT EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.atomic_id = atomic_game_unit.atomic_id)
              AND NOT EXISTS (SELECT 1 FROM ingestion_candidate c WHERE c.suggested_atomic_id = atomic_game_unit.atomic_id)
            """, datId, platformId, logId);
        return removed;
    }

    private void JoinClones(SqliteTransaction transaction, long datId, long platformId, long logId)
    {
        Execute(transaction, """
            UPDATE game_release SET atomic_id = (
                SELECT parent.atomic_id FROM dat_entry clone
                JOIN game_release parent ON parent.platform_id = clone.platform_id AND parent.release_name = clone.parent_name
                WHERE clone.release_id = game_release.release_id AND clone.dat_id = $dat LIMIT 1)
            WHERE release_id IN (SELECT release_id FROM dat_entry WHERE dat_id = $dat AND parent_name IS NOT NULL)
              AND EXISTS (
                SELECT 1 FROM dat_entry clone
                JOIN game_release parent ON parent.platform_id = clone.platform_id AND parent.release_name = clone.parent_name
                WHERE clone.release_id = game_release.release_id AND clone.dat_id = $dat)
            """, datId, platformId, logId);
    }

    private int Execute(SqliteTransaction transaction, string sql, long datId, long platformId, long logId) =>
        new SqlStatement(connection, sql, transaction, once: true).Bind("$dat", datId).Bind("$platform", platformId).Bind("$log", logId).Execute();
}
