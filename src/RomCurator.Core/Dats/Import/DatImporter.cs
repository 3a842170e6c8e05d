using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Digests;
using RomCurator.Core.Runs;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Imports DAT files, each DAT as one <c>import_log</c> run: streams its games, resolves its platform, and links
/// clones to their parents. The same DAT file again is a no-op; a newer version updates entries in place (links to
/// them stay) and removes entries it no longer lists unless a file is linked to them. A DAT that shares its name
/// with an imported DAT of another kind (an SMDB or software list named like a Logiqx DAT, a software list of another
/// description) is refused: that is a different DAT, whose entries it must neither remove nor mix with its own. The entries are
/// written in one transaction: a DAT that turns out damaged halfway (or an interrupted import) leaves the previous
/// state whole, never half a DAT under the new version's name. Values and entries that cannot be taken as they are
/// are counted problems of the summary, never a failed import. One DAT import runs at a time per database (it may
/// run during a scan); an import a dead process left running is closed first.
/// </summary>
public sealed class DatImporter(SqliteConnection connection)
{
    public const string SourceName = "dat_import";

    /// <summary>The header dialect of a MAME software list: the one kind of DAT a file may hold several of.</summary>
    private const string SoftwareListDialect = "softwarelist";

    /// <summary>Imports a file holding one DAT (for a zip of several, every one is imported and the last is returned).</summary>
    public DatImportSummary Import(string path, string? platformOverride, CancellationToken cancellation) =>
        ImportEach(path, platformOverride, cancellation).Last();

    /// <summary>
    /// Imports every DAT <paramref name="path"/> holds (a zip may hold many, a file may hold several software
    /// lists), one summary per DAT, as each is done. A DAT that fails is one failed summary; the others go on.
    /// </summary>
    public IEnumerable<DatImportSummary> ImportEach(string path, string? platformOverride, CancellationToken cancellation)
    {
        using var held = JobLock.Acquire(connection.DataSource, JobLocks.DatImport, "a DAT import");
        new InterruptedRuns(connection).Close(InterruptedRuns.DatImportJobs);
        IReadOnlyList<DatSource> sources;
        try
        {
            sources = DatFileOpener.Sources(path);
        }
        catch (Exception error) when (error is DatParseException or IOException or UnauthorizedAccessException)
        {
            // Recorded as a run of its own, so the history says why the file was not imported.
            sources = [new DatSource(Path.GetFileName(path), _ => "", () => throw error)];
        }

        foreach (var source in sources)
        {
            foreach (var summary in ImportSource(source, platformOverride, cancellation))
            {
                yield return summary;
                if (summary.Status == RunStatus.Cancelled)
                {
                    yield break;
                }
            }
        }
    }

    private IEnumerable<DatImportSummary> ImportSource(DatSource source, string? platformOverride, CancellationToken cancellation)
    {
        var runs = new ImportRunStore(connection);
        string fileSha1;
        try
        {
            fileSha1 = source.Sha1(cancellation);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            fileSha1 = "";
            source = source with { Open = () => throw new DatImportException($"{source.Name}: {error.Message}", error) };
        }

        IDatReader? reader = null;
        try
        {
            var more = true;
            while (more)
            {
                var clock = Stopwatch.StartNew();
                var logId = runs.Start(SourceName, source.Name, fileSha1.Length == 0 ? null : fileSha1);
                CrashPoint.Hit("dat.started");
                var summary = DatImportSummary.Failed(source.Name, "") with { RunId = logId, Error = null };
                var problems = new DatProblemTally();
                try
                {
                    reader ??= source.Open();
                    summary = Run(reader, platformOverride, fileSha1, logId, summary, problems, cancellation);
                    more = reader.MoveToNextDat();
                }
                catch (Exception cancelled) when (cancelled is OperationCanceledException || StatementInterrupt.IsInterrupt(cancelled))
                {
                    summary = summary with { Status = RunStatus.Cancelled, Error = "interrupted; import the DAT again to finish" };
                    more = false;
                }
                catch (DatImportException error)
                {
                    // A refused DAT (its games were read): the next list of a file of several still goes.
                    summary = summary with { Status = RunStatus.Failed, Error = error.Message };
                    more = reader?.MoveToNextDat() ?? false;
                }
                catch (Exception error) when (error is DatParseException or IOException or UnauthorizedAccessException
                                                  or SqliteException or InvalidDataException)
                {
                    summary = summary with { Status = RunStatus.Failed, Error = error.Message };
                    more = false;
                }

                summary = summary with
                {
                    DurationS = Math.Round(clock.Elapsed.TotalSeconds, 3),
                    ProblemCount = problems.Count,
                    Problems = [.. problems.First],
                };
                runs.Finish(logId, summary.Status, summary.Roms + summary.Disks, JsonSerializer.Serialize(summary, DatImportJsonContext.Default.DatImportSummary));
                yield return summary;
            }
        }
        finally
        {
            reader?.Dispose();
        }
    }

    private DatImportSummary Run(IDatReader reader, string? platformOverride, string fileSha1, long logId, DatImportSummary summary,
        DatProblemTally problems, CancellationToken cancellation)
    {
        var header = reader.Header;
        var files = new DatFileStore(connection);
        var platform = new DatPlatformResolver(connection).Resolve(header.Name, header.PlatformHints ?? [], platformOverride);
        CrashPoint.Hit("dat.platform");
        summary = summary with
        {
            DatName = header.Name,
            Version = header.Version,
            Format = DatFileStore.Dialect(header, reader.Format),
            Platform = platform.Name,
        };

        var existing = files.Find(header.Name);
        if (existing is { FileSha1: { } known } && known == fileSha1)
        {
            // The file is the one imported last (same SHA-1): nothing to parse. Only a list of a file of several
            // is read past, to reach the next.
            if (header.Dialect == SoftwareListDialect)
            {
                foreach (var _ in reader.Games(cancellation))
                {
                }
            }

            return summary with { Status = RunStatus.Completed, Unchanged = true };
        }

        var sourceId = SourceId();
        // A DAT new to the database (none of its entries stored; the job lock keeps it so until the transaction
        // begins) has its foreign keys checked once at the end instead of on every row.
        using var foreignKeys = existing is null || !files.HasEntries(existing.Value.DatId)
            ? DatImportForeignKeys.Deferred(connection)
            : DatImportForeignKeys.Enforced(connection);
        using var tempStore = DatImportTempStore.InMemory(connection);
        // A new DAT's pages are written once, into the database file, when no other connection reads beside the import.
        using var journal = foreignKeys.IsDeferred ? SoleWriterJournal.TryTake(connection) : SoleWriterJournal.None;
        using var transaction = connection.BeginTransaction();
        foreignKeys.Begin(transaction);
        using var interrupt = StatementInterrupt.OnCancel(connection, cancellation);
        var datId = files.Upsert(transaction, header, reader.Format, platform.PlatformId, sourceId, logId);
        CrashPoint.Hit("dat.file");
        var before = files.CountEntries(transaction, datId);
        if (foreignKeys.IsDeferred && before > 0)
        {
            throw new DatImportException($"'{header.Name}' was changed by another import while this one began; nothing was changed (import it again)");
        }
        long games = 0, roms = 0, disks = 0;
        var shape = DatWrittenShape.Any;
        using var bulk = new DatBulkLoad(connection, transaction);
        using var newRows = before == 0 ? new DatNewRows(connection, transaction, datId, platform.PlatformId, logId, sourceId) : null;
        using (var writer = new DatImportWriter(connection, datId, platform.PlatformId, logId, sourceId, newRows))
        {
            using var readAhead = new DatReadAhead(reader, cancellation);
            foreach (var (game, found, name, noted) in readAhead.Games())
            {
                problems.AddRange(found);
                if (game is null)
                {
                    continue;
                }

                var (gameRoms, gameDisks) = writer.Write(transaction, game, name!, noted, problems);
                games++;
                roms += gameRoms;
                disks += gameDisks;
                bulk.Written(roms + disks);
                CrashPoint.Hit("dat.game");
            }

            writer.Complete();
            shape = writer.Shape;
        }

        tempStore.BeforeSorting();
        bulk.Rebuild();

        problems.AddRange(reader.FileProblems);
        var seen = roms + disks;
        var afterWrite = files.CountEntries(transaction, datId);
        // A DAT with no entries before has only the entries this run wrote, each written with its log id.
        var distinct = before == 0 ? afterWrite : files.CountEntries(transaction, datId, logId);
        var entriesNew = afterWrite - before;
        var continued = distinct - entriesNew;
        if (existing is { } other && before > 0 && DifferentDat(other.Dialect, other.Description, summary.Format!, header))
        {
            // Checked once its games are read, so the next list of a file of several can still be imported.
            throw new DatImportException(
                $"'{header.Name}' ({summary.Format}{(header.Description is null ? "" : ", " + header.Description)}) has the name of another imported " +
                $"DAT ({other.Dialect}{(other.Description is null ? "" : ", " + other.Description)}, {before:N0} entries) and would replace it; " +
                $"refused, nothing was changed (to replace it, remove it first: romcurator dat remove '{header.Name}')");
        }

        // A new DAT's structural links are written once its clones have joined their parents (none to rewrite then).
        var removed = new DatFamilyLinker(connection).Finish(transaction, datId, platform.PlatformId, logId, shape, newRows is null ? null : newRows.WriteLinks);
        CrashPoint.Hit("dat.linked");
        foreignKeys.Check(transaction);
        files.MarkComplete(transaction, datId, fileSha1);
        transaction.Commit();
        CrashPoint.Hit("dat.committed");
        return summary with
        {
            Status = RunStatus.Completed,
            Games = games,
            Roms = roms,
            Disks = disks,
            EntriesNew = entriesNew,
            EntriesUpdated = continued,
            Duplicates = seen - distinct,
            EntriesRemoved = removed,
            Releases = games,
        };
    }

    /// <summary>
    /// Same name, yet another DAT: another kind (an SMDB named like a No-Intro DAT, a software list like a Logiqx
    /// header), or a software list of another description (two lists are told apart by name and description).
    /// </summary>
    private static bool DifferentDat(string storedDialect, string? storedDescription, string dialect, DatHeader header) =>
        storedDialect != dialect
        || (dialect == "softwarelist" && storedDescription is not null && header.Description is not null && storedDescription != header.Description);

    private long SourceId() => connection.Once("SELECT source_id FROM metadata_source WHERE name = $name").Bind("$name", SourceName).Long()!.Value;
}
