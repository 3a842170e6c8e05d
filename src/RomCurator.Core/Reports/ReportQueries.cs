namespace RomCurator.Core.Reports;

/// <summary>SQL shared by the reports: which content is present, and which DAT entries the library has verified.</summary>
public static class ReportQueries
{
    /// <summary>
    /// Content present in the library: a present file under a root that was not removed (paused roots count), or a
    /// member (at any depth) of one.
    /// </summary>
    public const string PresentRoms = """
        present(rom_id) AS (
            SELECT f.rom_id FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
            WHERE f.status = 'present' AND lr.removed_at IS NULL
            UNION
            SELECT m.child_rom_id FROM archive_member m JOIN present p ON p.rom_id = m.parent_rom_id)
        """;

    /// <summary>
    /// True when the content of rom_file <c>r</c> is what DAT entry <c>e</c> lists (headered dumps by their headerless
    /// hash, CHDs by the SHA-1 in their header).
    /// </summary>
    public const string HashEquals = """
        (e.rom_sha1 IN (r.sha1, r.headerless_sha1)
         OR (e.rom_sha1 IS NULL AND e.rom_md5 IN (r.md5, r.headerless_md5))
         OR (e.rom_sha1 IS NULL AND e.rom_md5 IS NULL
             AND ((e.rom_crc32 = r.crc32 AND e.rom_size = r.size_bytes)
                  OR (e.rom_crc32 = r.headerless_crc32 AND e.rom_size = r.headerless_size)))
         OR (e.entry_kind = 'disk' AND e.rom_sha1 IN
             (SELECT md.metadata_value FROM rom_file_metadata md WHERE md.rom_id = r.rom_id AND md.metadata_key = 'chd.sha1')))
        """;

    /// <summary>DAT entries with a present file of the same content.</summary>
    public const string HaveEntries = $"""
        have(dat_entry_id) AS (
            SELECT DISTINCT l.dat_entry_id FROM dat_atomic_link l
            JOIN present p ON p.rom_id = l.rom_id
            JOIN rom_file r ON r.rom_id = l.rom_id
            JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
            WHERE {HashEquals})
        """;

    /// <summary>True when DAT entry <c>e</c> is a disc game's cue sheet or gdi (judged apart from the tracks).</summary>
    public const string IsDiscSheet = "(lower(coalesce(e.rom_name, '')) LIKE '%.cue' OR lower(coalesce(e.rom_name, '')) LIKE '%.gdi')";

    /// <summary>True when DAT entry <c>e</c> was dumped: a ROM the DAT marks <c>nodump</c> can never be had, nor missed.</summary>
    public const string Dumped = "lower(coalesce(e.dump_status, '')) <> 'nodump'";

    /// <summary>
    /// The DAT entries a library can have (every one but <c>nodump</c> ROMs), with <c>had</c>: verified by hash, or a disc
    /// game's cue sheet or gdi when every dumped track of its game is had (a sheet written by another tool, with other
    /// spacing or extra lines, is common: the tracks decide, as <see cref="DiscGameMatches"/> judges). Needs
    /// <see cref="PresentRoms"/> and <see cref="HaveEntries"/> before it.
    /// </summary>
    public const string WantedEntries = $"""
        wanted(dat_entry_id, dat_id, game_name, had) AS (
            SELECT e.dat_entry_id, e.dat_id, e.game_name,
                   e.dat_entry_id IN (SELECT dat_entry_id FROM have)
                   OR ({IsDiscSheet}
                       AND EXISTS (SELECT 1 FROM dat_entry t WHERE t.dat_id = e.dat_id AND t.game_name = e.game_name
                                   AND NOT {TrackSheet} AND {TrackDumped})
                       AND NOT EXISTS (SELECT 1 FROM dat_entry t WHERE t.dat_id = e.dat_id AND t.game_name = e.game_name
                                       AND NOT {TrackSheet} AND {TrackDumped} AND t.dat_entry_id NOT IN (SELECT dat_entry_id FROM have)))
            FROM dat_entry e WHERE {Dumped})
        """;

    /// <summary>
    /// Per DAT game, the ROMs a library can have and how many it has, by <see cref="WantedEntries"/>: the one rule
    /// `report`, `fixdat` and 1G1R (the DatGamesReader of Preferred) judge a game by (a game of only
    /// <c>nodump</c> ROMs is not listed). Needs <see cref="WantedEntries"/> before it.
    /// </summary>
    public const string WantedGames = """
        games(dat_id, game_name, roms, have) AS (
            SELECT w.dat_id, w.game_name, count(*) AS roms, sum(w.had) AS have
            FROM wanted w GROUP BY w.dat_id, w.game_name)
        """;

    private const string TrackSheet = "(lower(coalesce(t.rom_name, '')) LIKE '%.cue' OR lower(coalesce(t.rom_name, '')) LIKE '%.gdi')";

    private const string TrackDumped = "lower(coalesce(t.dump_status, '')) <> 'nodump'";
}
