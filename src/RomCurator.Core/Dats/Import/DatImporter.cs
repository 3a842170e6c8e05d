using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Diagnostics;
using RomCurator.Core.Hashing;
using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Imports one DAT file as one <c>import_log</c> run: streams its games, resolves its platform, and links clones
/// to their parents. The same DAT file again is a no-op; a newer version updates entries in place (links to them
/// stay) and removes entries it no longer lists unless a file is linked to them. The entries are written in one
/// transaction: a DAT that turns out damaged halfway (or an interrupted import) leaves the previous state whole,
/// never half a DAT under the new version's name. One DAT import runs at a time per database (it may run during a
/// scan); an import a dead process left running is closed first.
/// </summary>
public sealed class DatImporter(SqliteConnection connection)
{
    public const string SourceName = "dat_import";

    public DatImportSummary Import(string path, string? platformOverride, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        using var held = JobLock.Acquire(connection.DataSource, JobLocks.DatImport, "a DAT import");
        new InterruptedRuns(connection).Close(InterruptedRuns.DatImportJobs);
        var fileName = Path.GetFileName(path);
        var fileSha1 = ContentHasher.HashFile(path, HashOptions.Sha1Only, cancellation).Sha1.ToHex();
        var runs = new ImportRunStore(connection);
        var logId = runs.Start(SourceName, fileName, fileSha1);
        CrashPoint.Hit("dat.started");
        var summary = new DatImportSummary(logId, RunStatus.Failed, path, null, null, null, null, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
        try
        {
            summary = Run(path, platformOverride, fileSha1, logId, summary, cancellation);
        }
        catch (OperationCanceledException)
        {
            summary = summary with { Status = RunStatus.Cancelled, Error = "interrupted; import the DAT again to finish" };
        }
        catch (Exception error) when (error is DatParseException or DatImportException or IOException or UnauthorizedAccessException or SqliteException)
        {
            summary = summary with { Status = RunStatus.Failed, Error = error.Message };
        }

        summary = summary with { DurationS = Math.Round(clock.Elapsed.TotalSeconds, 3) };
        runs.Finish(logId, summary.Status, summary.Roms + summary.Disks, JsonSerializer.Serialize(summary, ReportJsonContext.Default.DatImportSummary));
        return summary;
    }

    private DatImportSummary Run(string path, string? platformOverride, string fileSha1, long logId, DatImportSummary summary, CancellationToken cancellation)
    {
        using var reader = DatFileOpener.Open(path);
        var header = reader.Header;
        var files = new DatFileStore(connection);
        var platform = new DatPlatformResolver(connection).Resolve(header.Name, platformOverride);
        CrashPoint.Hit("dat.platform");
        summary = summary with
        {
            DatName = header.Name,
            Version = header.Version,
            Format = reader.Format == DatFormat.Logiqx ? "logiqx" : "clrmamepro",
            Platform = platform.Name,
        };

        if (files.Find(header.Name) is { FileSha1: { } known } && known == fileSha1)
        {
            return summary with { Status = RunStatus.Completed, Unchanged = true };
        }

        var sourceId = SourceId();
        using var transaction = connection.BeginTransaction();
        var datId = files.Upsert(transaction, header, reader.Format, platform.PlatformId, sourceId, logId);
        CrashPoint.Hit("dat.file");
        var before = files.CountEntries(transaction, datId);
        long games = 0, roms = 0, disks = 0;
        using (var writer = new DatImportWriter(connection, datId, platform.PlatformId, logId, sourceId))
        {
            foreach (var game in reader.Games(cancellation))
            {
                var (gameRoms, gameDisks) = writer.Write(transaction, game);
                games++;
                roms += gameRoms;
                disks += gameDisks;
                CrashPoint.Hit("dat.game");
            }
        }

        var seen = roms + disks;
        var afterWrite = files.CountEntries(transaction, datId);
        var distinct = files.CountEntries(transaction, datId, logId);
        var removed = new DatFamilyLinker(connection).Finish(transaction, datId, platform.PlatformId, logId);
        CrashPoint.Hit("dat.linked");
        files.MarkComplete(transaction, datId, fileSha1);
        transaction.Commit();
        CrashPoint.Hit("dat.committed");
        var entriesNew = afterWrite - before;
        return summary with
        {
            Status = RunStatus.Completed,
            Games = games,
            Roms = roms,
            Disks = disks,
            EntriesNew = entriesNew,
            EntriesUpdated = distinct - entriesNew,
            Duplicates = seen - distinct,
            EntriesRemoved = removed,
            Releases = games,
        };
    }

    private long SourceId()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_id FROM metadata_source WHERE name = $name";
        command.Parameters.AddWithValue("$name", SourceName);
        return (long)command.ExecuteScalar()!;
    }
}
