using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Preferred;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Matching;

/// <summary>
/// Title matching for files no hash matched, by file name and by the title in the cartridge header, weighed with the
/// file's size and platform evidence and decided by <see cref="MatchPolicy"/>: at or above the review threshold the best DAT game is linked
/// automatically (and, at or above the auto-link threshold, becomes the release later); the top suggestions go to
/// the review queue (<c>ingestion_candidate</c>) with a reason. Files with open suggestions are left alone; a file
/// whose suggestions were all decided without a link is looked at again only for DAT entries imported since its last
/// suggestions, and a DAT entry once suggested for a file is never suggested for it again. Ties are broken by the
/// curator's 1G1R <paramref name="preferences"/>.
/// </summary>
public sealed class TitleMatchRunner(SqliteConnection connection, MatchingSettings settings, VariantPreferences preferences)
{
    /// <summary>Scores and links the files not matched yet, in one transaction: a cancellation between two files rolls it back.</summary>
    /// <param name="scope">The files to look at (all unless given): a scoped pass looks only at files new or moved since the last completed pass.</param>
    public (long Linked, long Queued) Run(long logId, CancellationToken cancellation = default, MatchScope? scope = null)
    {
        var pending = Unmatched(scope ?? MatchScope.Everything);
        if (pending.Count == 0)
        {
            return (0, 0);
        }

        var indexes = new Dictionary<long, TitleIndex>();
        using var transaction = connection.BeginTransaction();
        // Created inside the transaction: their statements, prepared once for every file, take it.
        using var platforms = new PlatformCandidates(connection);
        using var headerTitles = connection.Statement("""
            SELECT metadata_value FROM rom_file_metadata
            WHERE rom_id = $rom AND metadata_key IN ('snes.title', 'gb.title', 'gba.title', 'n64.title', 'md.title')
            """);
        try
        {
            return Match(pending, logId, transaction, platforms, headerTitles, indexes, cancellation);
        }
        finally
        {
            foreach (var index in indexes.Values)
            {
                index.Dispose();
            }
        }
    }

    private (long Linked, long Queued) Match(List<PendingFile> pending, long logId, SqliteTransaction transaction,
        PlatformCandidates platforms, SqlStatement headerTitles, Dictionary<long, TitleIndex> indexes, CancellationToken cancellation)
    {
        var thresholds = MatchThresholds.From(settings);
        long linked = 0, queued = 0;
        using var link = connection.Statement("""
            INSERT OR IGNORE INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
            VALUES ($entry, $atomic, $rom, 'automatic', $confidence, $log)
            """);
        using var suggest = connection.Statement("""
            INSERT INTO ingestion_candidate (rom_id, dat_entry_id, suggested_atomic_id, confidence, reason, log_id)
            VALUES ($rom, $entry, $atomic, $confidence, $reason, $log)
            """);
        var newEntries = new Dictionary<long, HashSet<long>>();
        var batch = new List<FileWork>(FilesPerBatch);
        void MatchBatch()
        {
            // Names parsed and candidates scored on every core, each file into its own slot; the candidates looked up and
            // the results written on this thread, in file order, as one thread would.
            Parallel.For(0, batch.Count, i => batch[i].Parse());
            foreach (var work in batch)
            {
                cancellation.ThrowIfCancellationRequested();
                work.Look();
            }

            Parallel.For(0, batch.Count, i => batch[i].Decide(settings.MaxCandidatesPerFile, thresholds, preferences));
            foreach (var work in batch)
            {
                var decision = work.Decision!;
                if (decision.Link is { } best)
                {
                    link.In(transaction).Bind("$entry", best.DatEntryId).Bind("$atomic", best.AtomicId).Bind("$rom", work.File.RomId)
                        .Bind("$confidence", best.Score).Bind("$log", logId).Execute();
                    linked++;
                }

                if (decision.Suggestions.Count > 0)
                {
                    foreach (var candidate in decision.Suggestions)
                    {
                        suggest.In(transaction).Bind("$rom", work.File.RomId).Bind("$entry", candidate.DatEntryId).Bind("$atomic", candidate.AtomicId)
                            .Bind("$confidence", candidate.Score).Bind("$reason", candidate.Reason).Bind("$log", logId)
                            .Execute();
                    }

                    queued++;
                }
            }

            batch.Clear();
        }

        foreach (var file in pending)
        {
            cancellation.ThrowIfCancellationRequested();
            var eligible = file.LastSuggested is { } since ? Eligible(file.RomId, since, newEntries) : null;
            var (platformIds, agreed) = platforms.Evidence(file.RomId, file.FileName);
            var candidatePlatforms = platformIds
                .Select(id => indexes.TryGetValue(id, out var index) ? index : indexes[id] = TitleIndex.Load(connection, id))
                .Where(index => index.Count > 0)
                .ToList();
            if (candidatePlatforms.Count == 0)
            {
                continue;
            }

            var evidence = new FileEvidence(file.Size, file.HeaderlessSize, Path.GetExtension(file.FileName), agreed);
            batch.Add(new FileWork(file, eligible, evidence, candidatePlatforms, HeaderTitles(headerTitles, file.RomId)));
            if (batch.Count == FilesPerBatch)
            {
                MatchBatch();
            }
        }

        MatchBatch();
        transaction.Commit();
        return (linked, queued);
    }

    /// <summary>Files whose candidates are looked up (one thread: SQL), then scored together (every core), then written.</summary>
    private const int FilesPerBatch = 256;

    /// <summary>Titles the cartridge header carries (SNES, Game Boy, GBA, N64, Mega Drive).</summary>
    private static List<string> HeaderTitles(SqlStatement headerTitles, long romId) =>
        headerTitles.Bind("$rom", romId).All(row => row.Text("metadata_value"));

    /// <summary>
    /// ROM and disc files with no link to any DAT entry and no open suggestion (archive containers excluded): those never
    /// suggested for, and those whose suggestions were all decided when DAT entries were imported since. The last
    /// matching run that suggested something for the file comes along (null: never).
    /// </summary>
    private List<PendingFile> Unmatched(MatchScope scope)
    {
        return scope.Bind(connection.Once($$"""
            SELECT rom_id, filename, last_suggested, size_bytes, headerless_size FROM (
                SELECT r.rom_id, r.filename, r.size_bytes, r.headerless_size, (SELECT max(coalesce(c.log_id, 0)) FROM ingestion_candidate c WHERE c.rom_id = r.rom_id) AS last_suggested
                FROM rom_file r
                WHERE r.content_role IN ('rom', 'disc') AND r.filename IS NOT NULL
                  AND EXISTS (SELECT 1 FROM dat_entry)
                  AND NOT EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.rom_id = r.rom_id)
                  AND NOT EXISTS (SELECT 1 FROM ingestion_candidate c WHERE c.rom_id = r.rom_id AND coalesce(c.processed, 0) = 0)
                  AND NOT EXISTS (SELECT 1 FROM archive_member m WHERE m.parent_rom_id = r.rom_id){{scope.NewOrMovedFiles("r.rom_id")}})
            WHERE last_suggested IS NULL OR EXISTS (SELECT 1 FROM dat_entry e WHERE e.log_id > last_suggested)
            ORDER BY rom_id
            """)).All(row => new PendingFile(row.Long("rom_id"), row.Text("filename"), row.LongOrNull("last_suggested"),
                row.LongOrNull("size_bytes") ?? 0, row.LongOrNull("headerless_size")));
    }

    /// <summary>For a file decided before: DAT entries imported after its last suggestions, minus any ever suggested for it.</summary>
    private Func<long, bool> Eligible(long romId, long since, Dictionary<long, HashSet<long>> newEntries)
    {
        if (!newEntries.TryGetValue(since, out var imported))
        {
            imported = Ids("SELECT dat_entry_id FROM dat_entry WHERE log_id > $id", since);
            newEntries[since] = imported;
        }

        var suggested = Ids("SELECT dat_entry_id FROM ingestion_candidate WHERE rom_id = $id AND dat_entry_id IS NOT NULL", romId);
        return entry => imported.Contains(entry) && !suggested.Contains(entry);
    }

    private HashSet<long> Ids(string sql, long id)
    {
        var ids = new HashSet<long>();
        foreach (var entry in connection.Once(sql).Bind("$id", id).Stream(row => row.Long("dat_entry_id")))
        {
            ids.Add(entry);
        }

        return ids;
    }
}
