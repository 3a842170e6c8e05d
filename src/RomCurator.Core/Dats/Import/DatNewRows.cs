using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Naming;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// The rows of a DAT new to the database (none of its entries stored yet), appended by multi-row inserts instead of
/// one upsert per row: every entry and its metadata are new, so each gets the next id
/// (<c>max + 1</c>, the id SQLite itself would give) and nothing can conflict — the writer never writes one game
/// and ROM name twice in a run. Atomic games and releases are shared by every DAT of a platform: they are appended
/// only while the platform had none of them when the import began and the key is certainly not one this import
/// wrote already (the reading thread's filter of the DAT's title keys, <see cref="DatSeenKeys"/>, says "certainly new" for almost all); otherwise the caller's upsert runs,
/// after this writes what it buffered. The rows and their ids are the ones the upserts would have written. All of it
/// runs in the import's transaction; <see cref="Flush"/> before reading the tables. The structural links (one per
/// entry, to its release's atomic game) are written by <see cref="WriteLinks"/>, set-based from the entries and
/// releases written, in entry order, once clones have joined their parents: the ids and rows the links written one by
/// one (then made to follow their releases by the family linker) had.
/// </summary>
public sealed class DatNewRows : IDisposable
{
    private readonly long platformId;
    private readonly long logId;
    private readonly bool platformHadAtomics;
    private readonly bool platformHadReleases;
    private readonly SqlBulkInsert atomics;
    private readonly SqlBulkInsert releases;
    private readonly SqlBulkInsert entries;
    private readonly SqlBulkInsert metadata;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly long firstEntryId;
    private readonly string now;
    private long nextAtomicId;
    private long nextReleaseId;
    private long nextEntryId;

    /// <summary>Entries whose links one statement of <see cref="Complete"/> writes.</summary>
    private const int LinksPerStatement = 8192;

    public DatNewRows(SqliteConnection connection, SqliteTransaction transaction, long datId, long platformId, long logId, long sourceId)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.platformId = platformId;
        this.logId = logId;
        nextAtomicId = NextId(transaction, "SELECT coalesce(max(atomic_id), 0) + 1 FROM atomic_game_unit");
        nextReleaseId = NextId(transaction, "SELECT coalesce(max(release_id), 0) + 1 FROM game_release");
        nextEntryId = NextId(transaction, "SELECT coalesce(max(dat_entry_id), 0) + 1 FROM dat_entry");
        firstEntryId = nextEntryId;
        platformHadAtomics = Exists(transaction, "SELECT EXISTS (SELECT 1 FROM atomic_game_unit WHERE platform_id = $platform)");
        platformHadReleases = Exists(transaction, "SELECT EXISTS (SELECT 1 FROM game_release WHERE platform_id = $platform)");
        MayLeaveOrphans = platformHadAtomics || platformHadReleases;
        // Constant in every row: the platform, DAT, run and source, and the time (one for the whole import, taken as
        // SQLite's datetime('now') gives it, instead of the column default evaluated row by row).
        now = transaction.Once("SELECT datetime('now')").Text()!;
        SqlConstant Platform() => new("platform_id", platformId);
        SqlConstant Created() => new("created_at", Text: now);
        atomics = new SqlBulkInsert(connection, "atomic_game_unit", ["atomic_id", "canonical_title", "title_key"], [Platform(), Created()]);
        releases = new SqlBulkInsert(connection, "game_release", ["release_id", "atomic_id", "release_name", "region", "version"],
            [Platform(), new("source_id", sourceId), Created()], atomics);
        entries = new SqlBulkInsert(connection, "dat_entry",
            ["dat_entry_id", "release_id", "game_name", "rom_name", "parent_name", "entry_kind", "rom_size", "rom_crc32", "rom_md5",
             "rom_sha1", "dump_status"],
            [new("dat_id", datId), new("log_id", logId), Platform(), Created()], releases);
        metadata = new SqlBulkInsert(connection, "dat_entry_metadata",
            ["dat_entry_id", "base_title", "title_key", "region_normalized", "languages", "version", "revision", "disc_number", "flags"], entries);

        long NextId(SqliteTransaction inside, string sql) => inside.Once(sql).Long()!.Value;
        bool Exists(SqliteTransaction inside, string sql) => inside.Once(sql).Bind("$platform", platformId).Long() == 1;
    }

    /// <summary>
    /// Whether the platform may now hold a release without entries or an atomic game without releases, which the
    /// import's sweeps remove: the platform had releases or atomic games before (an orphan left by an earlier change),
    /// a release written twice may have moved to another atomic game (an existing release updated), or a game got no
    /// entry. False, every release and atomic game of the platform is this import's and has what it needs, unless a
    /// clone joins its parent (<see cref="DatFamilyLinker"/>), which the caller checks.
    /// </summary>
    public bool MayLeaveOrphans { get; private set; }

    /// <summary>Told when a game wrote no entry (a game without ROMs, or whose ROMs were all written before).</summary>
    public void GameWithoutEntries() => MayLeaveOrphans = true;

    /// <summary>
    /// The atomic game of a title key: appended when certainly new (the key did not come before in the DAT,
    /// <paramref name="keyMaySeen"/>, and the platform had no atomic games), else found or made by <paramref name="upsert"/>.
    /// </summary>
    public long Atomic(string title, string key, bool keyMaySeen, Func<long> upsert)
    {
        var certainlyNew = !keyMaySeen && !platformHadAtomics;
        if (certainlyNew)
        {
            atomics.Add(nextAtomicId).Add(title).Add(key);
            return nextAtomicId++;
        }

        atomics.Flush();
        var id = upsert();
        nextAtomicId = Math.Max(nextAtomicId, id + 1);
        return id;
    }

    /// <summary>
    /// The release of a game: appended when its name is certainly new to the platform (<paramref name="mayRepeat"/>:
    /// this import may have written the name already), else found or updated by <paramref name="upsert"/>.
    /// </summary>
    public long Release(long atomicId, string name, string? region, string? version, bool mayRepeat, Func<long> upsert)
    {
        if (!platformHadReleases && !mayRepeat)
        {
            releases.Add(nextReleaseId).Add(atomicId).Add(name).Add(region).Add(version);
            return nextReleaseId++;
        }

        releases.Flush();
        var id = upsert();
        // Below the next id the upsert updated a release already written (its atomic game may have changed).
        MayLeaveOrphans |= id < nextReleaseId;
        nextReleaseId = Math.Max(nextReleaseId, id + 1);
        return id;
    }

    /// <summary>Appends a ROM's entry and its metadata (the game's name, <paramref name="flags"/> as written).</summary>
    public void Entry(long releaseId, string gameName, string? parent, DatRom rom, DatNameInfo name, string? flags)
    {
        var entryId = nextEntryId++;
        entries.Add(entryId).Add(releaseId).Add(gameName).Add(rom.Name).Add(parent).Add(rom.IsDisk ? "disk" : "rom").Add(rom.Size).Add(rom.Crc32).Add(rom.Md5).Add(rom.Sha1).Add(rom.Status);
        metadata.Add(entryId).Add(name.BaseTitle).Add(name.TitleKey).Add(name.Regions).Add(name.Languages).Add(name.Version)
            .Add(name.Revision).Add(name.DiscNumber is { } disc ? (long?)disc : null).Add(flags);
    }

    /// <summary>Writes every buffered row (before anything reads the tables).</summary>
    public void Flush()
    {
        metadata.Flush();
        entries.Flush();
        releases.Flush();
        atomics.Flush();
    }

    /// <summary>
    /// Writes every entry's structural link to the atomic game its release has now, in entry order,
    /// <see cref="LinksPerStatement"/> entries per statement (each statement's journal stays small): after
    /// <see cref="Flush"/>, and after clones joined their parents (<see cref="DatFamilyLinker"/>), so no link needs
    /// rewriting.
    /// </summary>
    public void WriteLinks()
    {
        Flush();
        using var insert = new SqlStatement(connection, """
            INSERT INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id, created_at)
            SELECT e.dat_entry_id, r.atomic_id, NULL, 'dat', 1.0, $log, $now
            FROM dat_entry e JOIN game_release r ON r.release_id = e.release_id
            WHERE e.dat_entry_id >= $from AND e.dat_entry_id < $to
            ORDER BY e.dat_entry_id
            """, transaction);
        for (var from = firstEntryId; from < nextEntryId; from += LinksPerStatement)
        {
            insert.Bind("$log", logId).Bind("$now", now).Bind("$from", from).Bind("$to", Math.Min(from + LinksPerStatement, nextEntryId)).Execute();
        }
    }

    public void Dispose()
    {
        metadata.Dispose();
        entries.Dispose();
        releases.Dispose();
        atomics.Dispose();
    }
}
