using Microsoft.Data.Sqlite;
using RomCurator.Core.Reports;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Loose cue sheets and the files they name (the scan's <c>cue.files</c>, resolved beside the sheet), kept together: a
/// cue finds its tracks by name, so the plan moves the sheet and the files it names only when all of them (those
/// present) are placed by one release the same way — every one verified by hash (each then keeps the DAT's name in one
/// folder, <see cref="DestinationRules.MultiFile"/>), or every one accepted in review (each keeps its own name in one
/// Unverified folder). Otherwise none of them moves (<see cref="SkipReason.HeldByCueSheet"/>): a track never leaves
/// its cue behind, nor a cue its tracks. Sheets are few (one per disc); only their files' paths are kept.
/// </summary>
public sealed class CueSheets
{
    private readonly Dictionary<(long RootId, string RelativePath), string> held;
    private readonly Dictionary<(long RootId, string RelativePath), List<(long RootId, string Sheet)>> together;
    private readonly Dictionary<(long RootId, string Sheet), int> sizes;

    private CueSheets(Dictionary<(long RootId, string RelativePath), string> held,
        Dictionary<(long RootId, string RelativePath), List<(long RootId, string Sheet)>> together, Dictionary<(long RootId, string Sheet), int> sizes)
    {
        this.held = held;
        this.together = together;
        this.sizes = sizes;
    }

    /// <summary>The sheets in every active root, or in the active root named <paramref name="rootName"/>.</summary>
    public static CueSheets Read(SqliteConnection connection, string? rootName)
    {
        var sheets = connection.Once("""
            SELECT f.root_id, f.relative_path, f.rom_id, md.metadata_value AS files FROM file_instance f
            JOIN rom_file_metadata md ON md.rom_id = f.rom_id AND md.metadata_key = 'cue.files'
            JOIN library_root lr ON lr.root_id = f.root_id
            WHERE f.status = 'present' AND lower(f.relative_path) LIKE '%.cue' AND lr.is_active = 1 AND ($root IS NULL OR lr.name = $root)
            """).Bind("$root", rootName).All(row => (RootId: row.Long("root_id"), Path: row.Text("relative_path"), RomId: row.Long("rom_id"), Files: row.Text("files")));
        var held = new Dictionary<(long, string), string>();
        var groups = new Dictionary<(long, string), List<(long, string)>>();
        var sizes = new Dictionary<(long, string), int>();
        var named = sheets.ToDictionary(sheet => (sheet.RootId, sheet.Path), sheet => NamedPaths(sheet.Path, sheet.Files));
        var files = CueSheetFiles.Read(connection, named.SelectMany(sheet => sheet.Value.Select(path => (sheet.Key.RootId, path))).Distinct().ToList());
        var placements = Placements(connection, sheets.Select(sheet => sheet.RomId)
            .Concat(named.SelectMany(sheet => sheet.Value.SelectMany(path => files.Named(sheet.Key.RootId, path)).Select(file => file.RomId))));
        foreach (var sheet in sheets)
        {
            var placement = placements[sheet.RomId];
            var together = new List<string> { sheet.Path };
            var apart = placement is null;
            foreach (var (path, romId) in named[(sheet.RootId, sheet.Path)].SelectMany(path => files.Named(sheet.RootId, path)))
            {
                if (together.Contains(path, StringComparer.Ordinal))
                {
                    continue;
                }

                together.Add(path);
                apart |= placements[romId] != placement;
            }

            if (apart && together.Count > 1)
            {
                foreach (var path in together)
                {
                    held.TryAdd((sheet.RootId, path), sheet.Path);
                }
            }
            else if (together.Count > 1)
            {
                sizes[(sheet.RootId, sheet.Path)] = together.Count;
                foreach (var path in together)
                {
                    if (!groups.TryGetValue((sheet.RootId, path), out var of))
                    {
                        groups[(sheet.RootId, path)] = of = [];
                    }

                    of.Add((sheet.RootId, sheet.Path));
                }
            }
        }

        return new CueSheets(held, groups, sizes);
    }

    /// <summary>The cue sheet that keeps the file at <paramref name="relativePath"/> where it is, or null when it may move.</summary>
    public string? HeldBy(long rootId, string relativePath) => held.GetValueOrDefault((rootId, relativePath));

    /// <summary>The sheets (root and path) whose files move together, one of which is the file at <paramref name="relativePath"/>; empty when none.</summary>
    public IReadOnlyList<(long RootId, string Sheet)> SheetsOf(long rootId, string relativePath) =>
        together.TryGetValue((rootId, relativePath), out var sheets) ? sheets : [];

    /// <summary>Whether a loose cue sheet keeps the file at <paramref name="relativePath"/> with others (it is one of a set, held or not).</summary>
    public bool KeepsTogether(long rootId, string relativePath) => held.ContainsKey((rootId, relativePath)) || together.ContainsKey((rootId, relativePath));

    /// <summary>Whether the files at <paramref name="first"/> and <paramref name="second"/> are of one set (each then needs the other where the set goes).</summary>
    public bool OneSet(long rootId, string first, string second) =>
        held.TryGetValue((rootId, first), out var sheet) && held.GetValueOrDefault((rootId, second)) == sheet
        || SheetsOf(rootId, first).Intersect(SheetsOf(rootId, second)).Any();

    /// <summary>How many files (the sheet included) the sheet keeps together.</summary>
    public int Size((long RootId, string Sheet) sheet) => sizes[sheet];

    /// <summary>The paths the sheet at <paramref name="sheetPath"/> names (its <c>cue.files</c>, '|'-separated, beside it), each once.</summary>
    private static List<string> NamedPaths(string sheetPath, string files)
    {
        var folder = sheetPath.LastIndexOf('/') is var slash and >= 0 ? sheetPath[..(slash + 1)] : "";
        return files.Split('|').Where(name => name.Length > 0).Distinct(StringComparer.Ordinal).Select(name => folder + name.Replace('\\', '/')).ToList();
    }

    /// <summary>
    /// How the plan places each file of <paramref name="romIds"/>: "v" and the release it is verified for, else "a" and
    /// the release it was accepted for, else null; one read for all of them.
    /// </summary>
    private static Dictionary<long, string?> Placements(SqliteConnection connection, IEnumerable<long> romIds)
    {
        var ids = romIds.Distinct().ToList();
        var placements = new Dictionary<long, string?>();
        if (ids.Count == 0)
        {
            return placements;
        }

        var rows = connection.Once($"""
            SELECT rom.value AS rom_id, coalesce(
                (SELECT 'v' || min(a.release_id) FROM release_artifact a JOIN rom_file r ON r.rom_id = a.rom_id
                 JOIN dat_atomic_link l ON l.rom_id = a.rom_id
                 JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id AND e.release_id = a.release_id
                 WHERE a.rom_id = rom.value AND {ReportQueries.HashEquals}),
                (SELECT 'a' || min(a.release_id) FROM release_artifact a
                 JOIN dat_atomic_link l ON l.rom_id = a.rom_id AND l.match_type = 'manual'
                 JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id AND e.release_id = a.release_id
                 WHERE a.rom_id = rom.value)) AS placement
            FROM json_each($roms) rom
            """).Bind("$roms", "[" + string.Join(",", ids) + "]").Stream(row => (RomId: row.Long("rom_id"), Placement: row.TextOrNull("placement")));
        foreach (var (romId, placement) in rows)
        {
            placements[romId] = placement;
        }

        return placements;
    }
}
