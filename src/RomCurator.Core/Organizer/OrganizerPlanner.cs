using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Preferred;
using RomCurator.Core.Reports;

namespace RomCurator.Core.Organizer;

/// <summary>
/// Computes where every curated file belongs. Only files linked to a release and verified by hash are placed
/// (an archive only when all its members belong to that one release); everything else is listed as skipped with
/// the reason. Destinations never leave the root; existing files are never overwritten (conflict); two files
/// wanting one path: the first in path order gets it. The plan is deterministic and touches nothing. It streams:
/// each file's decision comes as its row is read, so memory stays flat with the size of the library.
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
        var claimed = new ClaimedPaths();
        var boundaries = new BoundaryChecks();
        var others = OtherCopies.Load(connection, oneGameOneRom);
        foreach (var candidate in Candidates(rootName))
        {
            cancellation.ThrowIfCancellationRequested();
            yield return Decide(candidate, template, claimed, boundaries, others);
        }
    }

    private PlannedMove Decide(Candidate c, OrganizerTemplate template, ClaimedPaths claimed, BoundaryChecks boundaries, OtherCopies? others)
    {
        var platform = c.Platform ?? "(no platform)";
        if (c.Skip is not null)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, null, PlanActions.Skip, c.Skip);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["platform"] = PlatformFolders.Folder(c.Platform!, settings.Preset),
            ["region"] = c.Region ?? "Unknown",
            ["title"] = c.Release!,
            ["base_title"] = c.BaseTitle ?? c.Release!,
            ["ext"] = Extension(c.RelativePath),
            ["letter"] = OrganizerTemplate.Letter(c.BaseTitle ?? c.Release!),
        };
        var destination = template.Render(values);
        if (others?.BetterCopy(c.Platform, c.Release!) is { } better)
        {
            if (others.Stay)
            {
                return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, null, PlanActions.Skip, $"another copy of the game is preferred (1G1R: {better}); it stays where it is");
            }

            destination = OtherCopies.Folder + "/" + destination;
        }

        var full = Path.GetFullPath(Path.Combine(c.RootPath, destination));
        if (!full.StartsWith(c.RootPath.TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, null, PlanActions.Skip, "the destination would leave the root");
        }

        if (destination == c.RelativePath)
        {
            claimed.Claim(c.Root, destination);
            return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, destination, PlanActions.InPlace, null);
        }

        // Only regular files reached without a symbolic link move, and only into real folders of the root.
        if (boundaries.Source(c.RootPath, c.RelativePath) is { } notMovable)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, null, PlanActions.Skip, notMovable);
        }

        if (!claimed.Claim(c.Root, destination))
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, destination, PlanActions.Conflict, "another file of this plan goes to the same path");
        }

        if (boundaries.Destination(c.RootPath, destination) is { } notThere)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, destination, PlanActions.Conflict, notThere);
        }

        if (File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, destination, PlanActions.Conflict, "the destination already exists and is never overwritten");
        }

        return new PlannedMove(c.InstanceId, c.Root, platform, c.RelativePath, destination, PlanActions.Move, null);
    }

    private static string Extension(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var compound in new[] { ".tar.gz", ".tar.bz2", ".tar.xz" })
        {
            if (name.EndsWith(compound, StringComparison.OrdinalIgnoreCase))
            {
                return compound;
            }
        }

        return Path.GetExtension(name).ToLowerInvariant();
    }

    private IEnumerable<Candidate> Candidates(string? rootName)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE verified(rom_id, release_id) AS (
                SELECT DISTINCT a.rom_id, a.release_id FROM release_artifact a
                JOIN rom_file r ON r.rom_id = a.rom_id
                JOIN dat_atomic_link l ON l.rom_id = a.rom_id
                JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id AND e.release_id = a.release_id
                WHERE {ReportQueries.HashEquals}),
            placed(instance_id, release_id, skip) AS (
                SELECT f.instance_id,
                       CASE WHEN EXISTS (SELECT 1 FROM archive_member m WHERE m.parent_rom_id = f.rom_id) THEN
                           (SELECT CASE WHEN count(DISTINCT v.release_id) = 1 AND count(v.rom_id) = count(*) THEN max(v.release_id) END
                            FROM archive_member m LEFT JOIN verified v ON v.rom_id = m.child_rom_id WHERE m.parent_rom_id = f.rom_id)
                       ELSE (SELECT min(v.release_id) FROM verified v WHERE v.rom_id = f.rom_id) END,
                       CASE WHEN unreadable.error_message IS NOT NULL
                            THEN 'the archive could not be read (' || unreadable.error_message || '); it stays where it is until a scan can read it'
                            WHEN EXISTS (SELECT 1 FROM archive_member m WHERE m.parent_rom_id = f.rom_id)
                            THEN 'the archive holds files of several releases, or files not verified by hash; it stays where it is'
                            WHEN EXISTS (SELECT 1 FROM release_artifact a WHERE a.rom_id = f.rom_id)
                            THEN 'linked to a release but not verified by hash (its content differs from the DAT)'
                            WHEN EXISTS (SELECT 1 FROM ingestion_candidate c WHERE c.rom_id = f.rom_id AND coalesce(c.processed, 0) = 0)
                            THEN 'not linked to a release yet: its suggestions wait in the review queue (romcurator review)'
                            WHEN EXISTS (SELECT 1 FROM dat_atomic_link l WHERE l.rom_id = f.rom_id)
                            THEN 'not linked to a release: its DAT entry belongs to no release'
                            ELSE 'not linked to a release: no DAT entry matches it (nothing to review)' END
                FROM file_instance f
                JOIN library_root fr ON fr.root_id = f.root_id
                LEFT JOIN ingestion_queue unreadable ON unreadable.root_id = f.root_id AND unreadable.status = 'error'
                     AND unreadable.absolute_path = fr.path || '/' || f.relative_path
                WHERE f.status = 'present')
            SELECT f.instance_id, lr.name, lr.path, f.relative_path, r.release_name, r.region, p.name,
                   (SELECT m.base_title FROM dat_entry e JOIN dat_entry_metadata m ON m.dat_entry_id = e.dat_entry_id
                    WHERE e.release_id = r.release_id LIMIT 1),
                   CASE WHEN placed.release_id IS NULL THEN placed.skip END
            FROM placed
            JOIN file_instance f ON f.instance_id = placed.instance_id
            JOIN library_root lr ON lr.root_id = f.root_id
            LEFT JOIN game_release r ON r.release_id = placed.release_id
            LEFT JOIN platform p ON p.platform_id = r.platform_id
            WHERE lr.is_active = 1 AND ($root IS NULL OR lr.name = $root)
            ORDER BY lr.name, f.relative_path
            """;
        command.Parameters.AddWithValue("$root", (object?)rootName ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new Candidate(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Text(reader, 4), Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8));
        }
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private sealed record Candidate(long InstanceId, string Root, string RootPath, string RelativePath, string? Release,
        string? Region, string? Platform, string? BaseTitle, string? Skip);
}
