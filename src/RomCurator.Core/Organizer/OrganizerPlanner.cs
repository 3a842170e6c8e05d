using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.FileSystem;
using RomCurator.Core.Preferred;
using RomCurator.Core.Reports;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Computes where every curated file belongs. Files linked to a release and verified by hash are placed by the template
/// (an archive only when all its members belong to that one release; a CHD's generated cue or gdi may differ from the
/// DAT's when every track is verified, and its line says so: <see cref="SheetDiffersNote"/>); a file the user accepted in review whose content
/// is not the DAT's (an archive: its members verified or accepted, all for one release) follows
/// <c>organizer.unverified</c>: under its own name in an Unverified folder (<see cref="UnverifiedLayout"/>), or skipped.
/// Everything else is listed as skipped with the reason. With <c>organizer.duplicates</c> = move, every copy of a content
/// but one per root goes to the root's duplicates folder (<see cref="DuplicateLayout"/>). Destinations never leave the
/// root; existing files are never overwritten (conflict); two files wanting one path: the first in path order gets it.
/// The files of a game that lists several (a cue sheet and its tracks) keep the DAT's names (<see cref="DestinationRules.MultiFile"/>),
/// and a loose cue sheet never moves apart from the files it names (<see cref="CueSheets"/>).
/// With <c>organizer.m3u</c> on, the plan ends with a line per multi-disc game's .m3u playlist (<see cref="DiscPlaylists"/>);
/// a playlist it wrote earlier, unchanged, is not listed again as a file (<see cref="WrittenPlaylists"/>); one the plan no
/// longer keeps there (m3u off, its discs moved) is listed for removal (<see cref="OwnedPlaylists"/>).
/// The plan is deterministic and touches nothing. It streams: each file's decision comes as its row is read, so memory
/// stays flat with the size of the library (only the duplicates, when they move, the loose cue sheets and the playlists
/// the organizer wrote are read first; a file's scan error is looked up as it streams by).
/// The SQL only gathers facts; the decisions are pure functions: <see cref="SkipReasons"/> (why a file stays),
/// <see cref="DestinationRules"/> and <see cref="DuplicateLayout"/> (where it goes); the file system checks follow.
/// </summary>
public sealed class OrganizerPlanner(SqliteConnection connection, OrganizerSettings settings, OneGameOneRomSettings? oneGameOneRom = null)
{
    /// <summary>The template the plan uses (the preset's, if one is set); ArgumentException when it is not valid.</summary>
    public string Template => new OrganizerTemplate(TemplateSetting).Text;

    private string TemplateSetting => string.IsNullOrWhiteSpace(settings.Preset)
        ? settings.Template
        : PlatformFolders.PresetTemplates.TryGetValue(settings.Preset, out var preset)
            ? preset
            : throw new ArgumentException($"unknown organizer preset '{settings.Preset}' (known: {string.Join(", ", PlatformFolders.PresetTemplates.Keys)})");

    /// <summary>The whole plan in memory (small libraries and tests; the verbs and panes use <see cref="Stream"/>).</summary>
    public OrganizerPlan Plan(string? rootName = null)
    {
        var template = new OrganizerTemplate(TemplateSetting);
        return new OrganizerPlan(template.Text, Decisions(template, rootName).ToList());
    }

    /// <summary>
    /// Every file's line of the plan in path order, decided as it is read. An invalid template or preset throws here,
    /// before the first line; a cancelled <paramref name="cancellation"/> stops it between two files.
    /// </summary>
    public IEnumerable<PlannedMove> Stream(string? rootName = null, CancellationToken cancellation = default) =>
        Decisions(new OrganizerTemplate(TemplateSetting), rootName, cancellation);

    private IEnumerable<PlannedMove> Decisions(OrganizerTemplate template, string? rootName, CancellationToken cancellation = default)
    {
        using var interrupt = StatementInterrupt.OnCancel(connection, cancellation);
        var claimed = new ClaimedPaths();
        var boundaries = new BoundaryChecks();
        var duplicates = OrganizerPolicies.MovesDuplicates(settings) ? DuplicateCopies.Read(connection, rootName) : null;
        var others = OtherCopies.Load(connection, oneGameOneRom);
        var playlists = OrganizerPolicies.WritesPlaylists(settings) ? new DiscPlaylists() : null;
        var sheets = CueSheets.Read(connection, rootName);
        var sets = new CueSheetLines(sheets);
        var owned = new OwnedPlaylists();
        foreach (var candidate in Candidates(rootName))
        {
            cancellation.ThrowIfCancellationRequested();
            if (candidate.WrittenPlaylistSha1 is { } writtenSha1)
            {
                // A multi-disc playlist this organizer wrote, unchanged: not a file to place; its playlist line speaks for
                // it, or, when the plan keeps no playlist there, its removal line (OwnedPlaylists).
                owned.Add(candidate.Root, candidate.Platform ?? candidate.RootPlatform ?? "(no platform)", candidate.Path, writtenSha1);
                continue;
            }

            var line = KeptWithCueSheet(Decide(candidate, template, claimed, boundaries, duplicates, others, sheets), candidate, sheets);
            foreach (var (ready, rootPath) in sets.Add(line, candidate.RootId, candidate.Path.Root, candidate.Path.Relative))
            {
                playlists?.Observe(ready, rootPath);
                yield return ready;
            }
        }

        foreach (var (ready, rootPath) in sets.Rest())
        {
            playlists?.Observe(ready, rootPath);
            yield return ready;
        }

        // The multi-disc playlists (organizer.m3u) come last: they need every disc's place.
        var kept = new HashSet<(string Root, string Path)>();
        foreach (var line in playlists?.Lines(claimed, boundaries) ?? [])
        {
            cancellation.ThrowIfCancellationRequested();
            if (line.Action == PlanActions.InPlace)
            {
                kept.Add((line.Root, line.From));
            }

            yield return line;
        }

        // A playlist the organizer wrote that the plan no longer keeps is never left pointing at discs that went elsewhere.
        foreach (var line in owned.Lines(kept))
        {
            cancellation.ThrowIfCancellationRequested();
            yield return line;
        }
    }

    /// <summary>A move of a file a cue sheet keeps where it is (<see cref="CueSheets"/>) becomes a skip saying why.</summary>
    private static PlannedMove KeptWithCueSheet(PlannedMove line, Candidate c, CueSheets sheets) =>
        line.Action == PlanActions.Move && sheets.HeldBy(c.RootId, c.Path.Relative) is { } sheet
            ? line with { To = null, Action = PlanActions.Skip, Reason = SkipReasons.Text(SkipReason.HeldByCueSheet, sheet) }
            : line;

    private PlannedMove Decide(Candidate c, OrganizerTemplate template, ClaimedPaths claimed, BoundaryChecks boundaries, DuplicateCopies? duplicates,
        OtherCopies? others, CueSheets sheets)
    {
        // A file without a release is listed under its root's platform hint, when the root has one.
        var platform = c.Platform ?? c.RootPlatform ?? "(no platform)";
        var release = c.Release is null ? null : new ReleasePlacement(c.Release, c.Region, c.Platform!, c.BaseTitle, c.Verified, c.RomName);
        var placeable = c.Unplaced is null && (c.Verified || OrganizerPolicies.SeparatesUnverified(settings));
        if (duplicates?.Of(c.InstanceId) is { } copies)
        {
            copies.Keeper ??= DuplicateLayout.Keeper(copies.Paths, path => boundaries.Source(c.Path.Sibling(path)) is null,
                path => placeable && Destination(template, release!, path) == path, path => sheets.KeepsTogether(c.RootId, path));
            // Two files of one cue set with the same bytes (silent audio tracks) are both needed by the cue: neither is extra.
            // A set only some files of which are extra copies stays where it is (CueSheetLines).
            if (copies.Keeper != c.Path.Relative && !sheets.OneSet(c.RootId, c.Path.Relative, copies.Keeper))
            {
                return Place(c, platform, DuplicateLayout.Destination(c.Path.Relative), DuplicateLayout.Note(copies.Keeper), claimed, boundaries);
            }
        }

        if (c.Unplaced is { } facts)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, null, PlanActions.Skip,
                SkipReasons.Text(SkipReasons.For(facts), facts.UnreadableError));
        }

        if (!placeable)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, null, PlanActions.Skip, SkipReasons.Text(SkipReason.UnverifiedPolicy));
        }

        var destination = Destination(template, release!, c.Path.Relative);
        if (c.Verified && others?.BetterCopy(c.Platform, c.Release!) is { } better)
        {
            if (others.Placement == OtherCopiesPlacement.Stay)
            {
                return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, null, PlanActions.Skip,
                    SkipReasons.Text(SkipReason.OtherCopyPreferred, better));
            }

            destination = OtherCopies.Folder + "/" + destination;
        }

        return Place(c, platform, destination, c.Verified ? c.SheetDiffers ? SheetDiffersNote : null : UnverifiedNote, claimed, boundaries);
    }

    private string Destination(OrganizerTemplate template, ReleasePlacement release, string relativePath) =>
        DestinationRules.Destination(template, release, relativePath, settings.Preset);

    /// <summary>
    /// The line of a file that goes to <paramref name="destination"/>: in place, a move, or a conflict (or a skip when it
    /// may not move), never out of the root nor through a link; <paramref name="note"/> says why it goes there when
    /// that is not the template.
    /// </summary>
    private static PlannedMove Place(Candidate c, string platform, string destination, string? note, ClaimedPaths claimed, BoundaryChecks boundaries)
    {
        var target = c.Path.Sibling(destination);
        if (target.ResolvedInsideRoot() is not { } full)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, null, PlanActions.Skip, SkipReasons.Text(SkipReason.LeavesRoot));
        }

        if (destination == c.Path.Relative)
        {
            claimed.Claim(c.Root, destination);
            return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, destination, PlanActions.InPlace, note);
        }

        // Only regular files reached without a symbolic link move, and only into real folders of the root.
        if (boundaries.Source(c.Path) is { } notMovable)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, null, PlanActions.Skip, notMovable);
        }

        if (claimed.Take(c.Root, destination) is { } taken)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, destination, PlanActions.Conflict, taken);
        }

        if (boundaries.Destination(target) is { } notThere)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, destination, PlanActions.Conflict, notThere);
        }

        if (File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, destination, PlanActions.Conflict, "the destination already exists and is never overwritten");
        }

        return new PlannedMove(c.InstanceId, c.Root, platform, c.Path.Relative, destination, PlanActions.Move, note);
    }

    /// <summary>
    /// The note on the line of a disc image whose every track is verified but whose generated cue (gdi) is not the DAT's
    /// text (other spacing, file names or extra lines are common): the tracks decide.
    /// </summary>
    public const string SheetDiffersNote = "every track verified by hash; the cue (gdi) RomCurator writes for it differs from the DAT's";

    /// <summary>The note on the line of a file accepted in review but not verified by hash that the plan places.</summary>
    public const string UnverifiedNote = "accepted in review, not verified by hash: it keeps its own name, under " + UnverifiedLayout.Folder + "/";

    private IEnumerable<Candidate> Candidates(string? rootName)
    {
        using var unreadable = UnreadableFiles.Open(connection, rootName);
        var playlists = WrittenPlaylists.Read(connection, rootName);
        var candidates = connection.Once($"""
            WITH RECURSIVE verified(rom_id, release_id) AS (
                SELECT DISTINCT a.rom_id, a.release_id FROM release_artifact a
                JOIN rom_file r ON r.rom_id = a.rom_id
                JOIN dat_atomic_link l ON l.rom_id = a.rom_id
                JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id AND e.release_id = a.release_id
                WHERE {ReportQueries.HashEquals}),
            accepted(rom_id, release_id) AS (
                SELECT DISTINCT a.rom_id, a.release_id FROM release_artifact a
                JOIN dat_atomic_link l ON l.rom_id = a.rom_id AND l.match_type = 'manual'
                JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id AND e.release_id = a.release_id
                WHERE NOT EXISTS (SELECT 1 FROM verified v WHERE v.rom_id = a.rom_id)),
            files(instance_id, rom_id, is_archive, is_disc_image) AS (
                SELECT f.instance_id, f.rom_id, EXISTS (SELECT 1 FROM archive_member m WHERE m.parent_rom_id = f.rom_id),
                       {IsDiscImage}
                FROM file_instance f WHERE f.status = 'present'),
            -- Materialized: the outer query reads each file's releases several times; inlined, SQLite would compute the
            -- correlated subqueries once per reference (the plan ran 1.7 times slower). It spills to a temporary file.
            -- An archive is placed when every member is verified (or accepted) for one release; a disc image's generated
            -- cue or gdi may stay unverified (GeneratedSheet): its tracks decide, and the line notes the sheet differs.
            placed(instance_id, rom_id, is_archive, release_id, accepted_release_id, sheet_differs) AS MATERIALIZED (
                SELECT f.instance_id, f.rom_id, f.is_archive,
                       CASE WHEN f.is_archive THEN
                           (SELECT CASE WHEN count(DISTINCT v.release_id) = 1
                                         AND count(v.rom_id) + sum(v.rom_id IS NULL AND {GeneratedSheet}) = count(*) THEN max(v.release_id) END
                            FROM archive_member m LEFT JOIN verified v ON v.rom_id = m.child_rom_id WHERE m.parent_rom_id = f.rom_id)
                       ELSE (SELECT min(v.release_id) FROM verified v WHERE v.rom_id = f.rom_id) END,
                       CASE WHEN f.is_archive THEN
                           (SELECT CASE WHEN count(DISTINCT x.release_id) = 1 AND count(x.by_hand) > 0
                                         AND count(x.rom_id) + sum(x.rom_id IS NULL AND {GeneratedSheet}) = count(*) THEN max(x.release_id) END
                            FROM archive_member m
                            LEFT JOIN (SELECT rom_id, release_id, NULL AS by_hand FROM verified UNION ALL SELECT rom_id, release_id, 1 FROM accepted) x
                                 ON x.rom_id = m.child_rom_id
                            WHERE m.parent_rom_id = f.rom_id)
                       ELSE (SELECT min(a.release_id) FROM accepted a WHERE a.rom_id = f.rom_id) END,
                       f.is_disc_image AND EXISTS (SELECT 1 FROM archive_member m WHERE m.parent_rom_id = f.rom_id AND {GeneratedSheet}
                                                   AND NOT EXISTS (SELECT 1 FROM verified v WHERE v.rom_id = m.child_rom_id))
                FROM files f)
            SELECT f.instance_id, f.root_id, lr.name AS root_name, lr.path AS root_path, f.relative_path, r.release_name, r.region,
                   p.name AS platform_name, hint.name AS root_platform_name,
                   (SELECT m.base_title FROM dat_entry e JOIN dat_entry_metadata m ON m.dat_entry_id = e.dat_entry_id
                    WHERE e.release_id = r.release_id LIMIT 1) AS base_title,
                   placed.release_id IS NOT NULL AS verified,
                   placed.release_id IS NULL AND placed.accepted_release_id IS NULL AS unplaced,
                   placed.is_archive,
                   placed.sheet_differs,
                   CASE WHEN placed.release_id IS NULL AND placed.accepted_release_id IS NULL
                        THEN EXISTS (SELECT 1 FROM release_artifact a WHERE a.rom_id = placed.rom_id) END AS has_artifact,
                   CASE WHEN placed.release_id IS NULL AND placed.accepted_release_id IS NULL
                        THEN EXISTS (SELECT 1 FROM ingestion_candidate c WHERE c.rom_id = placed.rom_id AND coalesce(c.processed, 0) = 0) END
                        AS has_open_suggestion,
                   CASE WHEN placed.release_id IS NULL AND placed.accepted_release_id IS NULL
                        THEN EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.rom_id = placed.rom_id) END AS has_link,
                   CASE WHEN placed.release_id IS NULL AND placed.accepted_release_id IS NULL AND NOT placed.is_archive
                        THEN (SELECT x.sha1 FROM rom_file x WHERE x.rom_id = placed.rom_id) END AS unplaced_sha1,
                   CASE WHEN placed.release_id IS NOT NULL AND NOT placed.is_archive THEN
                       -- The file's own DAT name first (two ROMs of a game may share content), else the first entry's: the
                       -- smallest key, 1 + 20 characters, cut off (an outer column in the ORDER BY of a subquery fails on SQLite
                       -- 3.40 "no such column"; in an aggregate it works).
                       (SELECT substr(min(CASE WHEN f.relative_path = e.rom_name OR substr(f.relative_path, -length(e.rom_name) - 1) = '/' || e.rom_name
                                               THEN '0' ELSE '1' END || printf('%020d', e.dat_entry_id)
                                          || CASE WHEN NOT EXISTS (SELECT 1 FROM dat_entry g WHERE g.dat_id = e.dat_id AND g.game_name = e.game_name
                                                                   AND (g.rom_name IS NULL OR substr(g.rom_name, 1, length(e.game_name)) <> e.game_name
                                                                        OR instr(g.rom_name, '/') > 0 OR instr(g.rom_name, '\') > 0))
                                                  THEN 'flat' ELSE 'folder' END || char(9) || e.rom_name), 22)
                        FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
                        JOIN rom_file r ON r.rom_id = l.rom_id
                        WHERE l.rom_id = placed.rom_id AND e.release_id = placed.release_id AND e.rom_name IS NOT NULL AND {ReportQueries.HashEquals}
                          AND EXISTS (SELECT 1 FROM dat_entry g WHERE g.dat_id = e.dat_id AND g.game_name = e.game_name AND g.dat_entry_id <> e.dat_entry_id))
                       END AS rom_name
            FROM placed
            JOIN file_instance f ON f.instance_id = placed.instance_id
            JOIN library_root lr ON lr.root_id = f.root_id
            LEFT JOIN game_release r ON r.release_id = coalesce(placed.release_id, placed.accepted_release_id)
            LEFT JOIN platform p ON p.platform_id = r.platform_id
            LEFT JOIN platform hint ON hint.platform_id = lr.platform_id
            WHERE lr.is_active = 1 AND ($root IS NULL OR lr.name = $root)
            ORDER BY lr.name, f.relative_path
            """).Bind("$root", rootName);
        foreach (var candidate in candidates.Stream(row => ReadCandidate(row, unreadable, playlists)))
        {
            yield return candidate;
        }
    }

    private static Candidate ReadCandidate(SqlRow row, UnreadableFiles unreadable, WrittenPlaylists playlists)
    {
        var path = new RootedPath(row.Text("root_path"), row.Text("relative_path"));
        return new Candidate(row.Long("instance_id"), row.Long("root_id"), row.Text("root_name"), path, row.TextOrNull("release_name"), row.TextOrNull("region"),
            row.TextOrNull("platform_name"), row.TextOrNull("base_title"),
            row.Flag("unplaced")
                ? new FileFacts(row.Flag("is_archive"), unreadable.Error(row.Long("root_id"), path), row.Flag("has_artifact"),
                    row.Flag("has_open_suggestion"), row.Flag("has_link"))
                : null,
            row.Flag("verified"), row.TextOrNull("root_platform_name"), row.Flag("sheet_differs"),
            row.Flag("unplaced") && playlists.Wrote(row.Long("root_id"), path, row.TextOrNull("unplaced_sha1")) ? row.TextOrNull("unplaced_sha1") : null,
            RomNameOf(row.TextOrNull("rom_name")));
    }

    /// <summary>
    /// The DAT's name a file keeps ("flat" or "folder", a tab, the name: the query's rom_name): in the template's folder
    /// only when every ROM of its game is named after the game, else with all of them in a folder of the game's own, so
    /// a cue and the files it names always share one folder.
    /// </summary>
    private static MultiFileName? RomNameOf(string? value) =>
        value?.Split('\t', 2) is [var layout, var name] ? new MultiFileName(name, layout == "flat") : null;

    /// <summary>True for a file <c>f</c> that is a CHD: its cue or gdi member is the one RomCurator writes from its tracks.</summary>
    private const string IsDiscImage =
        "EXISTS (SELECT 1 FROM rom_file_metadata md WHERE md.rom_id = f.rom_id AND md.metadata_key IN ('chd.sha1', 'chd.tracks'))";

    /// <summary>
    /// True for member <c>m</c> of file <c>f</c> when it is the cue sheet or gdi generated for a disc image
    /// (<see cref="IsDiscImage"/>): not the user's file, so whether it equals the DAT's text does not decide the placement.
    /// </summary>
    private const string GeneratedSheet =
        "(f.is_disc_image AND (lower(m.path_in_archive) LIKE '%.cue' OR lower(m.path_in_archive) LIKE '%.gdi'))";

    /// <summary>
    /// A file as the plan reads it. <see cref="RomName"/>: the DAT's name for it when it is a verified loose file of a game
    /// that lists several files (it keeps that name: <see cref="DestinationRules.MultiFile"/>).
    /// </summary>
    private sealed record Candidate(long InstanceId, long RootId, string Root, RootedPath Path, string? Release,
        string? Region, string? Platform, string? BaseTitle, FileFacts? Unplaced, bool Verified, string? RootPlatform, bool SheetDiffers,
        string? WrittenPlaylistSha1, MultiFileName? RomName);
}
