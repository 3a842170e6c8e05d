using Microsoft.Data.Sqlite;

namespace RomCurator.Tests.Faults;

/// <summary>
/// The checks every database must pass after a kill and a restart, each returning what is wrong (nothing when it
/// passes): SQLite's own integrity and foreign-key checks (of the database and of the hash cache beside it), no
/// duplicated content, file, DAT entry or move rows and no move left pending, and the files the database says are
/// present are exactly the files on disk, with that content.
/// </summary>
public static class DatabaseChecks
{
    /// <summary>The integrity of a database file that is not the library database (the hash cache), when it exists.</summary>
    public static IReadOnlyList<string> Integrity(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(path);
        return Integrity(connection).Select(problem => $"{Path.GetFileName(path)}: {problem}").ToList();
    }

    public static IReadOnlyList<string> Integrity(SqliteConnection connection)
    {
        var problems = new List<string>();
        var integrity = Column(connection, "PRAGMA integrity_check");
        if (integrity is not ["ok"])
        {
            problems.Add("PRAGMA integrity_check: " + string.Join("; ", integrity.Take(5)));
        }

        var foreignKeys = Column(connection, "SELECT \"table\" || ' row ' || rowid || ' -> ' || parent FROM pragma_foreign_key_check");
        if (foreignKeys.Count > 0)
        {
            problems.Add("PRAGMA foreign_key_check: " + string.Join("; ", foreignKeys.Take(5)));
        }

        return problems;
    }

    public static IReadOnlyList<string> Duplicates(SqliteConnection connection)
    {
        var problems = new List<string>();
        Add(problems, "rom_file rows with the same sha1", Column(connection,
            "SELECT sha1 || ' ×' || count(*) FROM rom_file GROUP BY sha1 HAVING count(*) > 1"));
        Add(problems, "file_instance rows with the same root and path", Column(connection,
            "SELECT root_id || '/' || relative_path || ' ×' || count(*) FROM file_instance GROUP BY root_id, relative_path HAVING count(*) > 1"));
        Add(problems, "dat_entry rows with the same DAT, game and ROM", Column(connection,
            "SELECT dat_id || '/' || game_name || '/' || rom_name || ' ×' || count(*) FROM dat_entry GROUP BY dat_id, game_name, rom_name HAVING count(*) > 1"));
        Add(problems, "moves completed twice", Column(connection, """
            SELECT source_path || ' -> ' || destination_path || ' ×' || count(*) FROM file_operation_log
            WHERE operation_type = 'move' AND status = 'completed' GROUP BY instance_id, source_path, destination_path HAVING count(*) > 1
            """));
        Add(problems, "moves left pending", Column(connection,
            "SELECT source_path || ' -> ' || destination_path FROM file_operation_log WHERE status = 'pending'"));
        return problems;
    }

    /// <summary>The present files the database records under <paramref name="rootName"/> (path → SHA-1) against the disk.</summary>
    public static IReadOnlyList<string> AgreesWithDisk(SqliteConnection connection, string rootName, DiskSnapshot disk)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.relative_path, f.sha1 FROM file_instance i JOIN rom_file f ON f.rom_id = i.rom_id
            JOIN library_root lr ON lr.root_id = i.root_id WHERE lr.name = $root AND i.status = 'present'
            """;
        command.Parameters.AddWithValue("$root", rootName);
        var recorded = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                recorded[reader.GetString(0)] = reader.GetString(1);
            }
        }

        // The organizer's multi-disc playlists are recorded by their file_operation_log rows (with the SHA-1 written) until
        // a scan finds them: each one written and not removed by an undo since.
        command.CommandText = """
            SELECT substr(o.destination_path, length(rtrim(lr.path, '/')) + 2), o.content_sha1
            FROM file_operation_log o JOIN library_root lr ON lr.root_id = o.root_id
            WHERE lr.name = $root AND o.operation_type = 'playlist' AND o.status = 'completed'
              AND NOT EXISTS (SELECT 1 FROM file_operation_log d WHERE d.operation_type = 'delete' AND d.status = 'completed'
                              AND d.destination_path = o.destination_path AND d.operation_id > o.operation_id)
            """;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                recorded.TryAdd(reader.GetString(0), reader.GetString(1));
            }
        }

        var problems = new List<string>();
        Add(problems, "recorded as present but not on disk", recorded.Keys.Where(p => !disk.Files.ContainsKey(p)).ToList());
        Add(problems, "on disk but not recorded as present", disk.Files.Keys.Where(p => !recorded.ContainsKey(p)).ToList());
        Add(problems, "recorded with other content than on disk", recorded.Where(r => disk.Files.TryGetValue(r.Key, out var sha1) && sha1 != r.Value)
            .Select(r => r.Key).ToList());
        return problems;
    }

    private static void Add(List<string> problems, string what, IReadOnlyList<string> found)
    {
        if (found.Count > 0)
        {
            problems.Add($"{what}: {string.Join("; ", found.Take(5))}{(found.Count > 5 ? $" (+{found.Count - 5})" : "")}");
        }
    }

    private static List<string> Column(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
