using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Naming;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Ingestion.Writing;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Writes DAT games: an atomic game per platform + title family, a release per game, a dat_entry (+ metadata and
/// its 'dat' link to the atomic game) per ROM. Upserts keep entry ids stable across DAT versions.
/// </summary>
public sealed class DatImportWriter : IDisposable
{
    private const int RecentKeys = 4096;

    private readonly long datId;
    private readonly long platformId;
    private readonly long logId;
    private readonly long sourceId;
    private readonly PreparedCommand upsertAtomic;
    private readonly PreparedCommand upsertRelease;
    private readonly PreparedCommand upsertEntry;
    private readonly PreparedCommand upsertMetadata;
    private readonly PreparedCommand link;

    // The atomic games of recent title keys: a DAT lists a game's releases side by side, so a few thousand spare most
    // upserts; past that it starts over (the upsert returns the existing row), so memory stays flat with the DAT's size.
    private readonly Dictionary<string, long> atomicByKey = new(StringComparer.Ordinal);

    public DatImportWriter(SqliteConnection connection, long datId, long platformId, long logId, long sourceId)
    {
        this.datId = datId;
        this.platformId = platformId;
        this.logId = logId;
        this.sourceId = sourceId;
        upsertAtomic = new(connection, """
            INSERT INTO atomic_game_unit (platform_id, canonical_title, title_key) VALUES ($platform, $title, $key)
            ON CONFLICT(platform_id, title_key) DO UPDATE SET canonical_title = atomic_game_unit.canonical_title
            RETURNING atomic_id
            """, "$platform", "$title", "$key");
        upsertRelease = new(connection, """
            INSERT INTO game_release (atomic_id, platform_id, release_name, region, version, source_id)
            VALUES ($atomic, $platform, $name, $region, $version, $source)
            ON CONFLICT(platform_id, release_name) DO UPDATE SET atomic_id = excluded.atomic_id, region = excluded.region,
                version = excluded.version
            RETURNING release_id
            """, "$atomic", "$platform", "$name", "$region", "$version", "$source");
        upsertEntry = new(connection, """
            INSERT INTO dat_entry (dat_id, log_id, platform_id, release_id, game_name, rom_name, parent_name, entry_kind,
                                   rom_size, rom_crc32, rom_md5, rom_sha1, dump_status)
            VALUES ($dat, $log, $platform, $release, $game, $rom, $parent, $kind, $size, $crc, $md5, $sha1, $status)
            ON CONFLICT(dat_id, game_name, rom_name) DO UPDATE SET log_id = excluded.log_id, platform_id = excluded.platform_id,
                release_id = excluded.release_id, parent_name = excluded.parent_name, entry_kind = excluded.entry_kind,
                rom_size = excluded.rom_size, rom_crc32 = excluded.rom_crc32, rom_md5 = excluded.rom_md5,
                rom_sha1 = excluded.rom_sha1, dump_status = excluded.dump_status
            RETURNING dat_entry_id
            """, "$dat", "$log", "$platform", "$release", "$game", "$rom", "$parent", "$kind", "$size", "$crc", "$md5", "$sha1", "$status");
        upsertMetadata = new(connection, """
            INSERT INTO dat_entry_metadata (dat_entry_id, base_title, title_key, region_normalized, languages, version, revision, disc_number, flags)
            VALUES ($entry, $title, $key, $region, $languages, $version, $revision, $disc, $flags)
            ON CONFLICT(dat_entry_id) DO UPDATE SET base_title = excluded.base_title, title_key = excluded.title_key,
                region_normalized = excluded.region_normalized, languages = excluded.languages, version = excluded.version,
                revision = excluded.revision, disc_number = excluded.disc_number, flags = excluded.flags
            """, "$entry", "$title", "$key", "$region", "$languages", "$version", "$revision", "$disc", "$flags");
        // The entry's structural link (rom_id NULL) is unique per entry: replace it with the current atomic game.
        link = new(connection, """
            INSERT OR REPLACE INTO dat_atomic_link (dat_entry_id, atomic_id, rom_id, match_type, confidence, log_id)
            VALUES ($entry, $atomic, NULL, 'dat', 1.0, $log)
            """, "$entry", "$atomic", "$log");
    }

    /// <summary>Writes one game; returns how many ROM and disk entries it had.</summary>
    public (int Roms, int Disks) Write(SqliteTransaction transaction, DatGame game)
    {
        var name = DatNameParser.Parse(game.Description is { Length: > 0 } description && description != game.Name && !game.Name.Contains(' ')
            ? description
            : game.Name);
        if (!atomicByKey.TryGetValue(name.TitleKey, out var atomicId))
        {
            atomicId = (long)upsertAtomic.With("$platform", platformId).With("$title", name.BaseTitle).With("$key", name.TitleKey).Scalar(transaction)!;
            if (atomicByKey.Count == RecentKeys)
            {
                atomicByKey.Clear();
            }

            atomicByKey[name.TitleKey] = atomicId;
        }

        var releaseId = (long)upsertRelease
            .With("$atomic", atomicId).With("$platform", platformId).With("$name", game.Name)
            .With("$region", name.Regions).With("$version", name.Revision is null ? name.Version : "Rev " + name.Revision)
            .With("$source", sourceId)
            .Scalar(transaction)!;

        var roms = 0;
        var disks = 0;
        foreach (var rom in game.Roms)
        {
            var entryId = (long)upsertEntry
                .With("$dat", datId).With("$log", logId).With("$platform", platformId).With("$release", releaseId)
                .With("$game", game.Name).With("$rom", rom.Name).With("$parent", game.CloneOf).With("$kind", rom.IsDisk ? "disk" : "rom")
                .With("$size", rom.Size).With("$crc", rom.Crc32).With("$md5", rom.Md5).With("$sha1", rom.Sha1).With("$status", rom.Status)
                .Scalar(transaction)!;
            upsertMetadata
                .With("$entry", entryId).With("$title", name.BaseTitle).With("$key", name.TitleKey).With("$region", name.Regions)
                .With("$languages", name.Languages).With("$version", name.Version).With("$revision", name.Revision)
                .With("$disc", name.DiscNumber is { } disc ? (long)disc : null)
                .With("$flags", game.IsBios && !name.Flags.Contains("BIOS") ? string.Join(",", name.Flags.Append("BIOS")) : name.FlagText)
                .Execute(transaction);
            link.With("$entry", entryId).With("$atomic", atomicId).With("$log", logId).Execute(transaction);
            if (rom.IsDisk)
            {
                disks++;
            }
            else
            {
                roms++;
            }
        }

        return (roms, disks);
    }

    public void Dispose()
    {
        upsertAtomic.Dispose();
        upsertRelease.Dispose();
        upsertEntry.Dispose();
        upsertMetadata.Dispose();
        link.Dispose();
    }
}
