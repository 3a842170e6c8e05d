using Microsoft.Data.Sqlite;
using RomCurator.Core.Matching;
using RomCurator.Core.Preferred;
using RomCurator.Core.Reports;
using RomCurator.Core.Review;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Library;

/// <summary>
/// Streams every file instance (and, under archives, every member at any nesting depth) with its match state:
/// <c>hash</c> (a DAT entry with the same hash), <c>title</c> (linked by title or by the curator),
/// <c>candidate</c> (suggestions waiting for review; the one named is the review queue's first for the file, in the
/// order of <see cref="SuggestionOrder"/> under the curator's 1G1R <paramref name="preferences"/>) or <c>none</c>. Files under removed roots are not listed (their
/// rows are history); paused roots are.
/// </summary>
public sealed class FileListing(SqliteConnection connection, VariantPreferences? preferences = null)
{
    private const string MatchColumns = $"""
        (SELECT CASE WHEN {ReportQueries.HashEquals} THEN 'hash' WHEN l.match_type = 'manual' THEN 'manual' ELSE 'title' END
                || char(9) || l.confidence || char(9) || e.game_name
         FROM dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id
         WHERE l.rom_id = r.rom_id ORDER BY l.confidence DESC, l.match_type = 'manual' DESC LIMIT 1) AS link,
        (SELECT 'candidate' || char(9) || c.confidence || char(9) || e.game_name
         FROM ingestion_candidate c JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
         WHERE c.rom_id = r.rom_id AND coalesce(c.processed, 0) = 0
         ORDER BY c.confidence DESC, {QueueTieBreak.Terms}, c.candidate_id LIMIT 1) AS candidate,
        EXISTS (SELECT 1 FROM release_artifact a WHERE a.rom_id = r.rom_id) AS has_release
        """;

    public IEnumerable<FileListingEntry> List(string? rootName, CancellationToken cancellation = default)
    {
        QueueTieBreak.Register(connection, preferences ?? CandidateOrder.DefaultPreferences);
        var entries = connection.Once($"""
            WITH RECURSIVE item(root, path, rom_id, status, ordering) AS (
                SELECT lr.name, f.relative_path, f.rom_id, f.status, f.relative_path
                FROM file_instance f JOIN library_root lr ON lr.root_id = f.root_id
                WHERE ($root IS NULL OR lr.name = $root) AND lr.removed_at IS NULL
                UNION ALL
                SELECT item.root, item.path || '#' || m.path_in_archive, m.child_rom_id, item.status,
                       item.ordering || char(1) || printf('%08d', coalesce(m.sort_order, 0))
                FROM item JOIN archive_member m ON m.parent_rom_id = item.rom_id
                WHERE length(item.path) - length(replace(item.path, '#', '')) < 8
            )
            SELECT item.root, item.path, r.sha1, r.crc32, r.size_bytes, coalesce(item.status, 'present') AS status, {MatchColumns}
            FROM item JOIN rom_file r ON r.rom_id = item.rom_id
            ORDER BY item.root, item.ordering
            """).Bind("$root", rootName).Stream(row =>
        {
            cancellation.ThrowIfCancellationRequested();
            var (match, confidence, game) = MatchOf(row.TextOrNull("link"), row.TextOrNull("candidate"));
            return new FileListingEntry(row.Text("root"), row.Text("path"), row.Text("sha1"), row.TextOrNull("crc32"),
                row.Long("size_bytes"), row.Text("status"), match, game, confidence, row.Long("has_release") == 1);
        });
        foreach (var entry in entries)
        {
            yield return entry;
        }
    }

    /// <summary>
    /// The match shown: the link, else the queue's first suggestion. A title link matching made on its own while its
    /// suggestions wait in review names the queue's first suggestion (the curator's current 1G1R order), not the game
    /// that was first when it was made; a link made by hand ("manual", shown as "title") or by hash names its own game.
    /// </summary>
    private static (string Match, double? Confidence, string? Game) MatchOf(string? link, string? candidate)
    {
        var linked = Parse(link);
        var suggested = Parse(candidate);
        return linked switch
        {
            null when suggested is null => ("none", null, null),
            null => suggested!.Value,
            { Match: "title" } when suggested is { } first => ("title", first.Confidence, first.Game),
            { Match: "manual" } => ("title", linked.Value.Confidence, linked.Value.Game),
            _ => linked.Value,
        };
    }

    private static (string Match, double? Confidence, string? Game)? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('\t', 3);
        return (parts[0], double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2]);
    }
}
