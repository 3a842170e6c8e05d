using Microsoft.Data.Sqlite;
using RomCurator.Core.Naming;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Writes DAT games: an atomic game per platform + title family, a release per game, a dat_entry (+ metadata and
/// its 'dat' link to the atomic game) per ROM. Upserts keep entry ids stable across DAT versions; a DAT new to the
/// database (no entries yet) appends its rows instead (<see cref="DatNewRows"/>), the same rows with the same ids.
/// </summary>
public sealed class DatImportWriter : IDisposable
{
    private const int RecentKeys = 4096;

    private readonly long datId;
    private readonly long platformId;
    private readonly long logId;
    private readonly long sourceId;
    private readonly SqlStatement upsertAtomic;
    private readonly SqlStatement upsertRelease;
    private readonly SqlStatement upsertEntry;
    private readonly SqlStatement upsertMetadata;
    private readonly SqlStatement link;
    private readonly SqlStatement writtenRoms;
    private readonly DatNewRows? newRows;

    // The atomic games of recent title keys: a DAT lists a game's releases side by side, so a few thousand spare most
    // upserts; past that it starts over (the upsert returns the existing row), so memory stays flat with the DAT's size.
    private readonly Dictionary<string, long> atomicByKey = new(StringComparer.Ordinal);

    // Game names and title keys of the games written, for a caller that does not read ahead (which notes them itself).
    private readonly DatSeenKeys seenKeys = new();

    // The games written last, with their ROMs: a game listed again soon after is checked against memory.
    private readonly RecentGames recentGames = new();

    /// <param name="newRows">Given for a DAT none of whose entries are stored yet: its rows are appended through it.</param>
    public DatImportWriter(SqliteConnection connection, long datId, long platformId, long logId, long sourceId, DatNewRows? newRows = null)
    {
        this.newRows = newRows;
        this.datId = datId;
        this.platformId = platformId;
        this.logId = logId;
        this.sourceId = sourceId;
        upsertAtomic = connection.Statement("""
            INSERT INTO atomic_game_unit (platform_id, canonical_title, title_key) VALUES ($platform, $title, $key)
            ON CONFLICT(platform_id, title_key) DO UPDATE SET canonical_title = atomic_game_unit.canonical_title
            RETURNING atomic_id
            """);
        upsertRelease = connection.Statement("""
            INSERT INTO game_release (atomic_id, platform_id, release_name, region, version, source_id)
            VALUES ($atomic, $platform, $name, $region, $version, $source)
            ON CONFLICT(platform_id, release_name) DO UPDATE SET atomic_id = excluded.atomic_id, region = excluded.region,
                version = excluded.version
            RETURNING release_id
            """);
        upsertEntry = connection.Statement("""
            INSERT INTO dat_entry (dat_id, log_id, platform_id, release_id, game_name, rom_name, parent_name, entry_kind,
                                   rom_size, rom_crc32, rom_md5, rom_sha1, dump_status)
            VALUES ($dat, $log, $platform, $release, $game, $rom, $parent, $kind, $size, $crc, $md5, $sha1, $status)
            ON CONFLICT(dat_id, game_name, rom_name) DO UPDATE SET log_id = excluded.log_id, platform_id = excluded.platform_id,
                release_id = excluded.release_id, parent_name = excluded.parent_name, entry_kind = excluded.entry_kind,
                rom_size = excluded.rom_size, rom_crc32 = excluded.rom_crc32, rom_md5 = excluded.rom_md5,
                rom_sha1 = excluded.rom_sha1, dump_status = excluded.dump_status
            RETURNING dat_entry_id
            """);
        upsertMetadata = connection.Statement("""
            INSERT INTO dat_entry_metadata (dat_entry_id, base_title, title_key, region_normalized, languages, version, revision, disc_number, flags)
            VALUES ($entry, $title, $key, $region, $languages, $version, $revision, $disc, $flags)
            ON CONFLICT(dat_entry_id) DO UPDATE SET base_title = excluded.base_title, title_key = excluded.title_key,
                region_normalized = excluded.region_normalized, languages = excluded.languages, version = excluded.version,
                revision = excluded.revision, disc_number = excluded.disc_number, flags = excluded.flags
            """);
        // The entry's structural link (rom_id NULL) is unique per entry: replace it with the current atomic game.
        link = connection.Statement("""
            INSERT OR REPLACE INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
            VALUES ($entry, $atomic, NULL, 'dat', 1.0, $log)
            """);
        writtenRoms = connection.Statement(WrittenRomsSql);
    }

    /// <summary>
    /// The ROMs this import already wrote under one game name. <c>+log_id</c> keeps SQLite on the (dat, game, rom)
    /// unique index: with <c>ix_dat_entry_log</c> it would read every entry of the import for each game listed twice
    /// (No-Intro lists each NES game in two blocks), which made importing such a DAT quadratic.
    /// </summary>
    internal const string WrittenRomsSql = """
        SELECT entry_kind, rom_name, rom_size, rom_crc32, rom_md5, rom_sha1 FROM dat_entry
        WHERE dat_id = $dat AND game_name = $game AND +log_id = $log
        """;

    /// <summary>
    /// Writes one game; returns how many ROM and disk entries it had. A DAT may list a game of one name in several
    /// blocks (No-Intro lists a NES game's headered and headerless dumps apart): their ROMs join the one game. A ROM
    /// this import already wrote under the same game and ROM name is merged when it is the same, else kept as
    /// "rom (#2).bin" with a problem, so a dump of either matches by hash; so are two ROMs of one name in a block.
    /// </summary>
    /// Only a name that may have come before needs its written ROMs read back (<see cref="DatSeenBefore"/>).
    public (int Roms, int Disks) Write(SqliteTransaction transaction, DatGame game, DatProblemTally problems)
    {
        var name = NameOf(game);
        return Write(transaction, game, name, seenKeys.Note(game.Name, name.TitleKey), problems);
    }

    /// <summary>
    /// The same, with the game's name parsed and noted already (<see cref="NameOf"/>, <see cref="DatSeenKeys"/>: the
    /// reading thread does both, for every game in order; a writer is given either games noted so or none).
    /// </summary>
    public (int Roms, int Disks) Write(SqliteTransaction transaction, DatGame game, DatNameInfo name, DatSeenBefore seen, DatProblemTally problems)
    {
        var listed = DistinctRoms(game, problems);
        var recent = recentGames.Find(game.Name);
        var mayRepeat = recent is not null || seen.GameName;
        IReadOnlyList<DatRom> written = recent?.Roms ?? (mayRepeat ? Written(transaction, game.Name) : []);
        var roms = written.Count == 0 ? listed : Unwritten(game.Name, listed, written, problems);
        var (releaseId, atomicId, region, version) =
            Write(transaction, ReferenceEquals(roms, game.Roms) ? game : game with { Roms = roms }, name, seen, game.Name, mayRepeat, recent);
        recentGames.Remember(game.Name, releaseId, atomicId, region, version, written, roms);
        return (listed.Count(r => !r.IsDisk), listed.Count(r => r.IsDisk));
    }

    /// <summary>
    /// The listed ROMs not written under the game's name yet: one written with the same content is left out, one of a
    /// written name with other content is kept renamed ("rom (#2).bin") with a problem.
    /// </summary>
    private static List<DatRom> Unwritten(string gameName, IReadOnlyList<DatRom> listed, IReadOnlyList<DatRom> written, DatProblemTally problems)
    {
        var roms = new List<DatRom>(listed.Count);
        foreach (var rom in listed)
        {
            if (!written.Any(w => w.Name == rom.Name))
            {
                roms.Add(rom);
                continue;
            }

            if (written.Any(w => w.Name == rom.Name && w.IsDisk == rom.IsDisk && SameContent(w, rom)))
            {
                continue;
            }

            var renamed = rom.Name;
            for (var number = 2; written.Any(w => w.Name == renamed) || listed.Any(l => l.Name == renamed); number++)
            {
                renamed = Numbered(rom.Name, number);
            }

            roms.Add(rom with { Name = renamed });
            problems.Add(new DatProblem(rom.Line, DatProblemKinds.DuplicateGame,
                $"game '{DatRomValues.Shown(gameName)}' is listed twice and its rom '{DatRomValues.Shown(rom.Name)}' differs; this one is kept as '{DatRomValues.Shown(renamed)}'"));
        }

        return roms;
    }

    /// <summary>Whether a game written so far names a parent (its entries have a parent_name).</summary>
    public bool ListedClones { get; private set; }

    /// <summary>
    /// What this writer wrote, for <see cref="DatFamilyLinker"/>: known for a DAT new to the database (every entry of
    /// it written here); else <see cref="DatWrittenShape.Any"/>.
    /// </summary>
    public DatWrittenShape Shape => newRows is null
        ? DatWrittenShape.Any
        : new DatWrittenShape(ListedClones, true, true, LeftNoOrphans: !ListedClones && !newRows.MayLeaveOrphans);

    /// <summary>Writes what is still buffered (a new DAT's appended rows): before the import reads its tables.</summary>
    public void Complete() => newRows?.Flush();

    /// <summary>
    /// What a game's name says: its description when the name is a short set name ("sf2ce" in a MAME DAT), else its
    /// name. A pure function of the game's name and description.
    /// </summary>
    public static DatNameInfo NameOf(DatGame game) =>
        DatNameParser.Parse(game.Description is { Length: > 0 } description && description != game.Name && !game.Name.Contains(' ')
            ? description
            : game.Name);

    /// <summary>Writes the game's release and ROMs; returns the release and what it was written with.</summary>
    private (long ReleaseId, long AtomicId, string? Region, string? Version) Write(SqliteTransaction transaction, DatGame game,
        DatNameInfo name, DatSeenBefore seen, string gameName, bool mayRepeat, RecentGame? recent)
    {
        if (!atomicByKey.TryGetValue(name.TitleKey, out var atomicId))
        {
            long Upsert() => upsertAtomic.In(transaction).Bind("$platform", platformId).Bind("$title", name.BaseTitle).Bind("$key", name.TitleKey).Long()!.Value;
            atomicId = newRows is null ? Upsert() : newRows.Atomic(name.BaseTitle, name.TitleKey, seen.TitleKey, Upsert);
            if (atomicByKey.Count == RecentKeys)
            {
                atomicByKey.Clear();
            }

            atomicByKey[name.TitleKey] = atomicId;
        }

        if (game.CloneOf is not null)
        {
            ListedClones = true;
        }

        var releaseVersion = name.Revision is null ? name.Version : "Rev " + name.Revision;
        long UpsertRelease() => upsertRelease.In(transaction)
            .Bind("$atomic", atomicId).Bind("$platform", platformId).Bind("$name", gameName)
            .Bind("$region", name.Regions).Bind("$version", releaseVersion)
            .Bind("$source", sourceId)
            .Long()!.Value;
        // The release this run wrote under the name, with the same values: its upsert would change nothing.
        var releaseId = recent is not null && recent.AtomicId == atomicId && recent.Region == name.Regions && recent.Version == releaseVersion
            ? recent.ReleaseId
            : newRows is null ? UpsertRelease() : newRows.Release(atomicId, gameName, name.Regions, releaseVersion, mayRepeat, UpsertRelease);
        var written = (releaseId, atomicId, name.Regions, releaseVersion);
        var flags = game.IsBios && !name.Flags.Contains("BIOS") ? string.Join(",", name.Flags.Append("BIOS")) : name.FlagText;
        if (newRows is not null)
        {
            if (game.Roms.Count == 0)
            {
                newRows.GameWithoutEntries();
            }

            foreach (var rom in game.Roms)
            {
                newRows.Entry(releaseId, gameName, game.CloneOf, rom, name, flags);
            }

            return written;
        }

        foreach (var rom in game.Roms)
        {
            var entryId = upsertEntry.In(transaction)
                .Bind("$dat", datId).Bind("$log", logId).Bind("$platform", platformId).Bind("$release", releaseId)
                .Bind("$game", gameName).Bind("$rom", rom.Name).Bind("$parent", game.CloneOf).Bind("$kind", rom.IsDisk ? "disk" : "rom")
                .Bind("$size", rom.Size).Bind("$crc", rom.Crc32).Bind("$md5", rom.Md5).Bind("$sha1", rom.Sha1).Bind("$status", rom.Status)
                .Long()!.Value;
            upsertMetadata.In(transaction)
                .Bind("$entry", entryId).Bind("$title", name.BaseTitle).Bind("$key", name.TitleKey).Bind("$region", name.Regions)
                .Bind("$languages", name.Languages).Bind("$version", name.Version).Bind("$revision", name.Revision)
                .Bind("$disc", name.DiscNumber is { } disc ? (long)disc : null)
                .Bind("$flags", flags)
                .Execute();
            link.In(transaction).Bind("$entry", entryId).Bind("$atomic", atomicId).Bind("$log", logId).Execute();
        }

        return written;
    }

    /// <summary>The game's ROMs with identical repeats merged and different ones of the same name renamed.</summary>
    private static IReadOnlyList<DatRom> DistinctRoms(DatGame game, DatProblemTally problems)
    {
        if (!NamesRepeat(game.Roms))
        {
            return game.Roms;
        }

        var byName = new Dictionary<string, List<DatRom>>(StringComparer.Ordinal);
        var kept = new List<DatRom>(game.Roms.Count);
        foreach (var rom in game.Roms)
        {
            if (!byName.TryGetValue(rom.Name, out var same))
            {
                byName[rom.Name] = [rom];
                kept.Add(rom);
                continue;
            }

            if (same.Any(r => SameContent(r, rom)))
            {
                continue;
            }

            same.Add(rom);
            var renamed = Numbered(rom.Name, same.Count);
            while (byName.ContainsKey(renamed))
            {
                renamed = Numbered(renamed, 2);
            }

            byName[renamed] = [];
            kept.Add(rom with { Name = renamed });
            problems.Add(new DatProblem(rom.Line, DatProblemKinds.DuplicateRom,
                $"game '{DatRomValues.Shown(game.Name)}': rom '{DatRomValues.Shown(rom.Name)}' is listed twice with different content; this one is kept as '{DatRomValues.Shown(renamed)}'"));
        }

        return kept;
    }

    /// <summary>
    /// Whether two ROMs share a name: compared pairwise for the few ROMs most games have (no set to allocate per game),
    /// else "maybe", and <see cref="DistinctRoms"/> looks.
    /// </summary>
    private static bool NamesRepeat(IReadOnlyList<DatRom> roms)
    {
        const int ComparedPairwise = 16;
        if (roms.Count > ComparedPairwise)
        {
            return true;
        }

        for (var i = 1; i < roms.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(roms[i].Name, roms[j].Name, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private List<DatRom> Written(SqliteTransaction transaction, string gameName)
    {
        newRows?.Flush();
        return writtenRoms.In(transaction).Bind("$dat", datId).Bind("$game", gameName).Bind("$log", logId).All(row => new DatRom(
            row.TextOrNull("rom_name") ?? "", row.LongOrNull("rom_size"), row.TextOrNull("rom_crc32"), row.TextOrNull("rom_md5"),
            row.TextOrNull("rom_sha1"), null, row.Text("entry_kind") == "disk"));
    }

    private static bool SameContent(DatRom a, DatRom b) =>
        a.Size == b.Size && a.Crc32 == b.Crc32 && a.Md5 == b.Md5 && a.Sha1 == b.Sha1;

    /// <summary>"name.bin" → "name (#2).bin".</summary>
    private static string Numbered(string name, int number)
    {
        var extension = Path.GetExtension(name);
        return extension.Length is > 0 and <= 8 && extension.Length < name.Length
            ? $"{name[..^extension.Length]} (#{number}){extension}"
            : $"{name} (#{number})";
    }

    public void Dispose()
    {
        writtenRoms.Dispose();
        upsertAtomic.Dispose();
        upsertRelease.Dispose();
        upsertEntry.Dispose();
        upsertMetadata.Dispose();
        link.Dispose();
    }
}
