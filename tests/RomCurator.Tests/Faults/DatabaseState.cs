using Microsoft.Data.Sqlite;

namespace RomCurator.Tests.Faults;

/// <summary>
/// What a database says, without what differs between two equal runs: every row of every table as text, with ids
/// replaced by what they point at (a content's SHA-1, a root's name, a DAT entry's DAT, game and ROM names) and
/// times and run numbers left out. Two runs that reached the same state have equal <see cref="Rows"/>, duplicates
/// included (the rows are a sorted multiset per table).
/// </summary>
public sealed class DatabaseState
{
    /// <summary>Tables not compared, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Excluded = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["import_log"] = "the run history: a killed run stays in it, and the restart is a run of its own",
        ["organizer_plan"] = "plans shown: the killed apply's plan and the restart's (made after the killed run's moves) are both remembered; what moved is compared in file_operation_log",
        ["matching_watermark"] = "what the last completed matching pass saw, naming its run: a restart's pass is another run; what matching decided is compared in dat_atomic_link, ingestion_candidate and release_artifact",
        ["dat_title_index"] = "the title index a matching pass keeps per DAT (a shortcut: without it the next pass builds it again); what matching decided is compared in dat_atomic_link, ingestion_candidate and release_artifact",
        ["dat_title_chunk"] = "the kept title index's titles (see dat_title_index)",
    };

    private const string Entry = "d.name, e.game_name, e.rom_name";

    /// <summary>Each compared table: the FROM clause (aliases included) and the columns that make up a row.</summary>
    public static readonly IReadOnlyDictionary<string, (string From, string Columns)> Projections = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["metadata_source"] = ("metadata_source", "name, source_type, description, importer"),
        ["platform"] = ("platform", "name, short_name, manufacturer, media_type"),
        ["platform_links"] = ("platform_links l JOIN platform p ON p.platform_id = l.platform_id LEFT JOIN metadata_source s ON s.source_id = l.source_id",
            "l.alias, p.name, s.name, l.link_type, l.is_confirmed"),
        ["file_type_category"] = ("file_type_category", "name, description, is_active"),
        ["file_extension"] = ("file_extension x LEFT JOIN file_type_category c ON c.category_id = x.category_id",
            "x.extension, c.name, x.description, x.is_active, x.treat_as_archive, x.treat_as_disc, x.treat_as_auxiliary"),
        ["platform_extension"] = ("platform_extension x LEFT JOIN platform p ON p.platform_id = x.platform_id", "p.name, x.extension, x.is_primary"),
        ["atomic_game_unit"] = ("atomic_game_unit a LEFT JOIN platform p ON p.platform_id = a.platform_id", "p.name, a.canonical_title, a.title_key"),
        ["game_release"] = ("""
            game_release r JOIN platform p ON p.platform_id = r.platform_id JOIN atomic_game_unit a ON a.atomic_id = r.atomic_id
            LEFT JOIN metadata_source s ON s.source_id = r.source_id
            """, "p.name, r.release_name, r.region, r.version, a.title_key, s.name"),
        ["rom_file"] = ("rom_file", "sha1, md5, crc32, size_bytes, filename, content_role, header_type, headerless_sha1, headerless_md5, headerless_crc32, headerless_size"),
        ["rom_file_metadata"] = ("rom_file_metadata m JOIN rom_file f ON f.rom_id = m.rom_id", "f.sha1, m.metadata_key, m.metadata_value"),
        ["archive_member"] = ("archive_member m JOIN rom_file p ON p.rom_id = m.parent_rom_id JOIN rom_file c ON c.rom_id = m.child_rom_id",
            "p.sha1, c.sha1, m.path_in_archive, m.compressed_size, m.uncompressed_size, m.compression_ratio, m.is_primary, m.sort_order, m.last_modified"),
        ["release_artifact"] = ("""
            release_artifact x JOIN game_release r ON r.release_id = x.release_id JOIN platform p ON p.platform_id = r.platform_id
            JOIN rom_file f ON f.rom_id = x.rom_id
            """, "p.name, r.release_name, f.sha1, x.artifact_type, x.artifact_sequence"),
        ["library_root"] = ("library_root lr LEFT JOIN platform p ON p.platform_id = lr.platform_id",
            "lr.name, lr.path, p.name, lr.is_active, lr.removed_at IS NULL"),
        ["file_instance"] = ("file_instance i JOIN library_root lr ON lr.root_id = i.root_id JOIN rom_file f ON f.rom_id = i.rom_id",
            "lr.name, i.relative_path, f.sha1, i.size_bytes, i.last_modified, i.status"),
        ["dat_file"] = ("dat_file d LEFT JOIN platform p ON p.platform_id = d.platform_id LEFT JOIN metadata_source s ON s.source_id = d.source_id",
            "d.name, d.description, d.version, d.author, d.homepage, d.format, d.file_sha1, p.name, s.name"),
        ["dat_entry"] = ("""
            dat_entry e LEFT JOIN dat_file d ON d.dat_id = e.dat_id LEFT JOIN platform p ON p.platform_id = e.platform_id
            LEFT JOIN game_release r ON r.release_id = e.release_id
            """, Entry + ", e.parent_name, e.entry_kind, e.rom_size, e.rom_crc32, e.rom_md5, e.rom_sha1, e.dump_status, p.name, r.release_name"),
        ["dat_entry_metadata"] = ("dat_entry_metadata m JOIN dat_entry e ON e.dat_entry_id = m.dat_entry_id LEFT JOIN dat_file d ON d.dat_id = e.dat_id",
            Entry + ", m.base_title, m.title_key, m.region_normalized, m.languages, m.version, m.revision, m.disc_number, m.flags"),
        ["dat_atomic_link"] = ("""
            dat_atomic_link l JOIN dat_entry e ON e.dat_entry_id = l.dat_entry_id LEFT JOIN dat_file d ON d.dat_id = e.dat_id
            JOIN atomic_game_unit a ON a.atomic_id = l.atomic_id LEFT JOIN platform p ON p.platform_id = a.platform_id
            LEFT JOIN rom_file f ON f.rom_id = l.rom_id
            """, Entry + ", p.name, a.title_key, f.sha1, l.match_type, l.confidence"),
        ["file_discovery"] = ("""
            file_discovery x JOIN library_root lr ON lr.root_id = x.root_id LEFT JOIN rom_file f ON f.rom_id = x.rom_id
            """, "lr.name, x.absolute_path, x.relative_path, x.size_bytes, x.modified_time, f.sha1, x.promotion_state, x.depth, x.message"),
        ["file_operation_log"] = ("""
            file_operation_log o LEFT JOIN rom_file f ON f.rom_id = o.rom_id LEFT JOIN file_instance i ON i.instance_id = o.instance_id
            LEFT JOIN library_root lr ON lr.root_id = i.root_id
            """, "o.operation_type, o.status, o.source_path, o.destination_path, o.initiated_by, o.message, f.sha1, lr.name, i.relative_path"),
        ["ingestion_queue"] = ("ingestion_queue q LEFT JOIN library_root lr ON lr.root_id = q.root_id",
            "lr.name, q.absolute_path, q.depth, q.status, q.error_message"),
        ["ingestion_candidate"] = ("""
            ingestion_candidate c JOIN rom_file f ON f.rom_id = c.rom_id LEFT JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id
            LEFT JOIN dat_file d ON d.dat_id = e.dat_id LEFT JOIN atomic_game_unit a ON a.atomic_id = c.suggested_atomic_id
            LEFT JOIN platform p ON p.platform_id = a.platform_id
            """, "f.sha1, " + Entry + ", p.name, a.title_key, c.confidence, c.reason, c.processed, c.decision"),
        ["review_decision"] = ("review_decision", "action, link_created, previous_match_type, previous_confidence"),
        ["review_decision_candidate"] = ("""
            review_decision_candidate b JOIN review_decision r ON r.decision_id = b.decision_id
            LEFT JOIN ingestion_candidate c ON c.candidate_id = b.candidate_id LEFT JOIN rom_file f ON f.rom_id = c.rom_id
            LEFT JOIN dat_entry e ON e.dat_entry_id = c.dat_entry_id LEFT JOIN dat_file d ON d.dat_id = e.dat_id
            """, "r.action, f.sha1, " + Entry + ", b.previous_processed, b.previous_decision"),
        ["review_decision_removed_link"] = ("""
            review_decision_removed_link x JOIN review_decision r ON r.decision_id = x.decision_id
            LEFT JOIN dat_entry e ON e.dat_entry_id = x.dat_entry_id LEFT JOIN dat_file d ON d.dat_id = e.dat_id
            LEFT JOIN rom_file f ON f.rom_id = x.rom_id
            """, "r.action, " + Entry + ", f.sha1, x.match_type, x.confidence"),
        ["review_decision_removed_artifact"] = ("""
            review_decision_removed_artifact x JOIN review_decision r ON r.decision_id = x.decision_id
            LEFT JOIN game_release g ON g.release_id = x.release_id LEFT JOIN rom_file f ON f.rom_id = x.rom_id
            """, "r.action, g.release_name, f.sha1, x.artifact_type, x.artifact_sequence"),
    };

    private DatabaseState(IReadOnlyDictionary<string, IReadOnlyList<string>> rows) => Rows = rows;

    /// <summary>Table → its rows as text, sorted.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Rows { get; }

    /// <param name="ignore">Rows (as text) left out of a table, for what a restart legitimately adds.</param>
    public static DatabaseState Take(SqliteConnection connection, Func<string, string, bool>? ignore = null)
    {
        var rows = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (table, (from, columns)) in Projections)
        {
            using var command = connection.CreateCommand();
            var cells = columns.Split(',').Select(c => $"ifnull(CAST({c.Trim()} AS TEXT), '∅')");
            command.CommandText = $"SELECT {string.Join(" || ' | ' || ", cells)} FROM {from}";
            using var reader = command.ExecuteReader();
            var tableRows = new List<string>();
            while (reader.Read())
            {
                var row = reader.GetString(0);
                if (ignore is null || !ignore(table, row))
                {
                    tableRows.Add(row);
                }
            }

            tableRows.Sort(StringComparer.Ordinal);
            rows[table] = tableRows;
        }

        return new DatabaseState(rows);
    }

    /// <summary>How <paramref name="actual"/> differs from this state: per table, rows missing and rows extra (a few of each).</summary>
    public IReadOnlyList<string> Differences(DatabaseState actual, int shown = 3)
    {
        var differences = new List<string>();
        foreach (var (table, expected) in Rows)
        {
            var got = actual.Rows[table];
            var missing = MultisetMinus(expected, got);
            var extra = MultisetMinus(got, expected);
            if (missing.Count > 0)
            {
                differences.Add($"{table}: {missing.Count} row(s) missing, e.g. {string.Join("; ", missing.Take(shown))}");
            }

            if (extra.Count > 0)
            {
                differences.Add($"{table}: {extra.Count} row(s) extra, e.g. {string.Join("; ", extra.Take(shown))}");
            }
        }

        return differences;
    }

    private static List<string> MultisetMinus(IReadOnlyList<string> from, IReadOnlyList<string> remove)
    {
        var left = remove.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var row in from)
        {
            if (left.TryGetValue(row, out var count) && count > 0)
            {
                left[row] = count - 1;
            }
            else
            {
                result.Add(row);
            }
        }

        return result;
    }
}
