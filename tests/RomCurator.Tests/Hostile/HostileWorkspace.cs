using System.Text.Json;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Storage;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// A temp home for one hostile case: the library root (<c>HOME/lib/roms</c>), DAT inputs, the XDG data folder
/// (database, logs, and <c>paths.temp</c> inside it) and config. Runs RomCurator's real command line on it —
/// in-process, or as the unprivileged user <c>nobody</c> in a child process — and reads back what it recorded.
/// <see cref="Baseline"/> snapshots everything outside the data folder so <see cref="WritesOutsideDataFolder"/>
/// can prove that RomCurator wrote nowhere else (roots, inputs and config byte-identical).
/// </summary>
public sealed class HostileWorkspace : IDisposable
{
    private readonly TempDirectory home = new();
    private readonly TempDirectory build = new();
    private readonly List<Action> cleanups = [];
    private IReadOnlyDictionary<string, string>? baseline;

    public HostileWorkspace()
    {
        // Open to everyone: some cases run RomCurator as 'nobody', which creates the data folder here.
        File.SetUnixFileMode(home.Path, (UnixFileMode)0b111_111_111);
        Library = home.File("lib/roms");
        Directory.CreateDirectory(Library);
        Directory.CreateDirectory(home.File("dats"));
        Temp = home.File("data/romcurator/tmp");
        Configure();
        Archives = new ArchiveFiles(build);
    }

    public string Home => home.Path;

    /// <summary>The library root every case scans (registered as "roms").</summary>
    public string Library { get; }

    public string Temp { get; }

    public string DataFolder => home.File("data");

    public string Database => home.File("data/romcurator/romcurator.db");

    /// <summary>Builds archives outside the workspace (their bytes are then put in the root with <see cref="Put"/>).</summary>
    public ArchiveFiles Archives { get; }

    public string ConfigFile => home.File("config/romcurator/config.json");

    /// <summary>Writes the user config: temp files inside the data folder, plus <paramref name="sections"/> (JSON members).</summary>
    public void Configure(string? sections = null) => home.Write("config/romcurator/config.json",
        $$"""{ "paths": { "temp": {{JsonSerializer.Serialize(Temp)}} }{{(sections is null ? "" : ", " + sections)}} }""");

    /// <summary>Writes a file outside the library root and the data folder (password lists, DATs) and returns its path.</summary>
    public string Outside(string relativePath, string content) => home.Write("inputs/" + relativePath, content);

    /// <summary>Writes a file under the library root (folders created) and returns its absolute path.</summary>
    public string Put(string relativePath, byte[] content)
    {
        var full = Path.Combine(Library, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    /// <summary>Writes a DAT (outside the roots) and returns its absolute path.</summary>
    public string Dat(string name, byte[] content)
    {
        var full = home.File("dats/" + name);
        File.WriteAllBytes(full, content);
        return full;
    }

    public string Dat(string name, string content) => Dat(name, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Runs when the workspace is disposed, before its folders are deleted (unmounts, restored modes).</summary>
    public void OnDispose(Action cleanup) => cleanups.Add(cleanup);

    public CliRun Cli(params string[] args) => CliRun.Invoke(home, args);

    public ProcessResult CliAsNobody(params string[] args) => RomCuratorProcess.Run(home.Path, args, asNobody: true);

    public ProcessResult Process(IDictionary<string, string>? environment, params string[] args) => RomCuratorProcess.Run(home.Path, args, environment);

    public void AddRoot()
    {
        var run = Cli("roots", "add", Library, "--name", "roms");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("roots add failed: " + run.Error);
        }
    }

    public void AddRootAsNobody()
    {
        var run = CliAsNobody("roots", "add", Library, "--name", "roms");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("roots add (as nobody) failed: " + run.Error);
        }
    }

    /// <summary>Snapshots every file and folder of the home except the data folder, just before RomCurator runs.</summary>
    public void Baseline() => baseline = TreeSnapshot.Take(home.Path, DataFolder);

    /// <summary>What changed outside the data folder since <see cref="Baseline"/> (created, deleted or modified entries).</summary>
    public IReadOnlyList<string> WritesOutsideDataFolder()
    {
        if (baseline is null)
        {
            return ["the case never took a baseline snapshot"];
        }

        return TreeSnapshot.Compare(baseline, TreeSnapshot.Take(home.Path, DataFolder)).Select(Clean).ToList();
    }

    /// <summary>A scan through the command line, in-process; its outcome names the recorded row.</summary>
    public ScanRun Scan()
    {
        var run = Cli("scan", "--json");
        return ScanRun.From(run.ExitCode, run.Output, run.Error);
    }

    public ScanRun ScanAsNobody()
    {
        var run = CliAsNobody("scan", "--json");
        return ScanRun.From(run.ExitCode, run.Output, run.Error);
    }

    /// <summary>Replaces the workspace's temp paths with placeholders so outcomes are the same on every run.</summary>
    public string Clean(string text) => text
        .Replace(Library, "ROOT", StringComparison.Ordinal)
        .Replace(DataFolder, "DATA", StringComparison.Ordinal)
        .Replace(home.Path, "HOME", StringComparison.Ordinal)
        .Replace(build.Path, "BUILD", StringComparison.Ordinal);

    public SqliteConnection Open() => DatabaseOpener.Open(Database);

    /// <summary>The first <c>file_operation_log</c> row about <paramref name="path"/> (the file or one of its members).</summary>
    public string? OperationLog(string path) => First("""
        SELECT operation_type || ' (' || status || ') ' || source_path || ': ' || ifnull(message, '')
        FROM file_operation_log WHERE source_path = $p OR substr(source_path, 1, length($p) + 1) = $p || '#'
        ORDER BY operation_id LIMIT 1
        """, path);

    /// <summary>The <c>file_discovery</c> row of <paramref name="relativePath"/>: promotion state and message.</summary>
    public string? Discovery(string relativePath) => First(
        "SELECT promotion_state || ': ' || relative_path || ifnull(': ' || message, '') FROM file_discovery WHERE relative_path = $p",
        relativePath);

    /// <summary>The <c>file_instance</c> row of <paramref name="relativePath"/> with the size and SHA-1 of its content.</summary>
    public string? Instance(string relativePath) => First("""
        SELECT f.status || ': ' || f.relative_path || ', ' || r.size_bytes || ' bytes, sha1 ' || r.sha1
        FROM file_instance f JOIN rom_file r ON r.rom_id = f.rom_id WHERE f.relative_path = $p
        """, relativePath);

    /// <summary>The members recorded for the archive file named <paramref name="archiveName"/>, in order.</summary>
    public List<string> Members(string archiveName)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.path_in_archive FROM archive_member m JOIN rom_file p ON p.rom_id = m.parent_rom_id
            WHERE p.filename = $p ORDER BY m.sort_order
            """;
        command.Parameters.AddWithValue("$p", archiveName);
        using var reader = command.ExecuteReader();
        var members = new List<string>();
        while (reader.Read())
        {
            members.Add(reader.GetString(0));
        }

        return members;
    }

    /// <summary>The status and error of the newest run in <c>import_log</c> from <paramref name="source"/>.</summary>
    public string? LatestRun(string source)
    {
        var row = First("""
            SELECT l.status || char(31) || ifnull(l.notes, '') FROM import_log l JOIN metadata_source s ON s.source_id = l.source_id
            WHERE s.name = $p ORDER BY l.log_id DESC LIMIT 1
            """, source);
        if (row is null)
        {
            return null;
        }

        var parts = row.Split('\u001f', 2);
        var error = "";
        if (parts[1].Length > 0)
        {
            using var notes = JsonDocument.Parse(parts[1]);
            error = notes.RootElement.TryGetProperty("error", out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()!) : "";
        }

        if (error.Length > 0)
        {
            return $"{parts[0]}: {error}";
        }

        using var summary = JsonDocument.Parse(parts[1].Length > 0 ? parts[1] : "{}");
        return summary.RootElement.TryGetProperty("games", out var games) ? $"{parts[0]}: {games.GetInt64()} games" : parts[0];
    }

    public string? First(string sql, string parameter)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", parameter);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Clean(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);
    }

    public long Count(string sql)
    {
        using var connection = Open();
        return Sql.Scalar<long>(connection, sql);
    }

    public void Dispose()
    {
        foreach (var cleanup in cleanups.AsEnumerable().Reverse())
        {
            cleanup();
        }

        home.Dispose();
        build.Dispose();
    }
}
