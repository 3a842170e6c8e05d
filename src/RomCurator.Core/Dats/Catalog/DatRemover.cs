using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Catalog;

/// <summary>
/// Removes one imported DAT in one transaction: its entries, the links of files to them, the suggestions that
/// point at them (and the review decisions about those, which could no longer be undone), and the releases and
/// atomic games that only it listed. Files and their hashes are untouched: a file linked only through this DAT is
/// simply unmatched again. Runs under the DAT-import lock, so it never overlaps an import.
/// </summary>
public sealed class DatRemover(SqliteConnection connection)
{
    public DatRemoval Remove(string name)
    {
        using var held = Runs.JobLock.Acquire(connection.DataSource, Runs.JobLocks.DatImport, "a DAT import");
        using var transaction = connection.BeginTransaction();
        var datId = transaction.Once("SELECT dat_id FROM dat_file WHERE name = $name").Bind("$name", name).Long()
                    ?? throw new InvalidOperationException($"no DAT named '{name}' is imported");
        Execute(transaction, """
            CREATE TEMP TABLE IF NOT EXISTS removed_dat_entry (dat_entry_id INTEGER PRIMARY KEY, release_id INTEGER, atomic_id INTEGER);
            DELETE FROM removed_dat_entry;
            INSERT INTO removed_dat_entry
            SELECT e.dat_entry_id, e.release_id, r.atomic_id FROM dat_entry e LEFT JOIN game_release r ON r.release_id = e.release_id
            WHERE e.dat_id = $dat;
            """, datId);
        var entries = transaction.Once("SELECT count(*) FROM removed_dat_entry").Long() ?? 0;
        var links = transaction.Once("""
            SELECT count(*) FROM dat_atomic_link WHERE rom_id IS NOT NULL AND dat_entry_id IN (SELECT dat_entry_id FROM removed_dat_entry)
            """).Long() ?? 0;
        Execute(transaction, """
            DELETE FROM review_decision WHERE decision_id IN (
                SELECT d.decision_id FROM review_decision_candidate d JOIN ingestion_candidate c ON c.candidate_id = d.candidate_id
                WHERE c.dat_entry_id IN (SELECT dat_entry_id FROM removed_dat_entry)
                UNION SELECT decision_id FROM review_decision_removed_link WHERE dat_entry_id IN (SELECT dat_entry_id FROM removed_dat_entry));
            DELETE FROM ingestion_candidate WHERE dat_entry_id IN (SELECT dat_entry_id FROM removed_dat_entry);
            DELETE FROM dat_file WHERE dat_id = $dat;
            """, datId);
        var releases = Execute(transaction, """
            DELETE FROM game_release WHERE release_id IN (SELECT release_id FROM removed_dat_entry)
              AND NOT EXISTS (SELECT 1 FROM dat_entry e WHERE e.release_id = game_release.release_id)
            """, datId);
        Execute(transaction, """
            DELETE FROM atomic_game_unit WHERE atomic_id IN (SELECT atomic_id FROM removed_dat_entry)
              AND NOT EXISTS (SELECT 1 FROM game_release r WHERE r.atomic_id = atomic_game_unit.atomic_id)
              AND NOT EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.atomic_id = atomic_game_unit.atomic_id)
              AND NOT EXISTS (SELECT 1 FROM ingestion_candidate c WHERE c.suggested_atomic_id = atomic_game_unit.atomic_id);
            DELETE FROM removed_dat_entry;
            """, datId);
        transaction.Commit();
        return new DatRemoval(name, entries, links, releases);
    }

    private static int Execute(SqliteTransaction transaction, string sql, long datId) => transaction.Once(sql).Bind("$dat", datId).Execute();
}
