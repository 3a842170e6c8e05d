using RomCurator.Core.Configuration;
using RomCurator.Tui.Cli;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tests.Hostile;

/// <summary>
/// Hostile command lines (issue 11, item 19): every verb, with one hostile value in turn in each positional argument,
/// each flag value and the global --db and --config: empty strings, control-character garbage, huge and negative
/// numbers, a device, folders where files are expected and files where folders are expected, missing and unreadable
/// files. No run may end in an unhandled exception (a stack trace, exit 134): each ends with a documented exit code,
/// and a failing one with exactly one line <c>romcurator: …</c> on stderr. A few of each also run as real processes
/// (the unreadable file as the unprivileged user), where an abort would show as exit code 134.
/// </summary>
public static class ArgumentCases
{
    private const string Expected = "no stack trace";

    public static IEnumerable<HostileCase> All() =>
    [
        Case("empty string", "\"\"", _ => ""),
        Case("control-character garbage", "'\\u0001\\u001b[2J☃;|&$(x)\\'\"' (no NUL)", _ => "\u0001\u001b[2J☃;|&$(x)'\""),
        Case("huge number", "99999999999999999999999999", _ => "99999999999999999999999999"),
        Case("negative number", "-5", _ => "-5"),
        Case("a device", "/dev/null", _ => "/dev/null"),
        Case("a folder where a file is expected", "a folder (in the data folder)", w => Prepared(w, "folder", folder: true)),
        Case("a file where a folder is expected", "a regular file (in the data folder)", w => Prepared(w, "file.dat", folder: false)),
        Case("a missing file", "a path under a folder that does not exist", w => Path.Combine(w.DataFolder, "hostile", "missing", "nothing.dat")),
        Case("an unreadable file", "a file with mode 000 (the processes run as 'nobody')", Unreadable),
    ];

    private static HostileCase Case(string name, string input, Func<HostileWorkspace, string> value) =>
        new($"arguments, {name}", $"every verb, every argument and flag value in turn: {input}", Expected, w => RunEveryVerb(w, value(w)));

    /// <summary>Every verb with the value in its positionals, in each flag that takes a value, and in --db/--config.</summary>
    public static IReadOnlyList<string[]> CommandLines(string value)
    {
        var lines = new List<string[]>
        {
            new[] { "--db", value, "db", "info" },
            new[] { "--db", value, "scan" },
            new[] { "--config", value, "db", "info" },
        };
        foreach (var verb in VerbCatalog.All)
        {
            var count = Math.Min(Math.Max(verb.MinPositionals, 1), verb.MaxPositionals);
            lines.Add([.. verb.Words, .. Enumerable.Repeat(value, count)]);
            var benign = Enumerable.Repeat("1", verb.MinPositionals).ToArray();
            foreach (var option in verb.Options.Where(o => o.TakesValue))
            {
                lines.Add([.. verb.Words, .. benign, option.Name, value]);
            }
        }

        return lines;
    }

    private static CaseOutcome RunEveryVerb(HostileWorkspace workspace, string value)
    {
        workspace.AddRoot();
        workspace.Baseline();
        var exits = new SortedDictionary<int, int>();
        var failures = new List<string>();
        foreach (var args in CommandLines(value))
        {
            var (exitCode, error) = InProcess(workspace, args);
            Tally(exits, failures, workspace, args, exitCode, error);
        }

        string[][] processes = [["roots", "add", value], ["--db", value, "scan"]];
        if (Unreadable(value))
        {
            OpenToNobody(workspace, value);
        }

        foreach (var args in processes)
        {
            var run = Unreadable(value) ? workspace.CliAsNobody(args) : workspace.Process(null, args);
            Tally(exits, failures, workspace, args, run.ExitCode, run.Error);
        }

        var runs = exits.Values.Sum();
        var codes = string.Join(", ", exits.Select(e => $"exit {e.Key} ×{e.Value}"));
        return failures.Count == 0
            ? new CaseOutcome($"{runs} runs ({processes.Length} as processes) ended: {codes}", true, "stderr",
                $"every failure one line 'romcurator: …', {Expected}")
            : new CaseOutcome($"{runs} runs ended: {codes}; {failures.Count} did not end cleanly", false, "stderr",
                string.Join(" | ", failures.Take(3)));
    }

    private static void Tally(SortedDictionary<int, int> exits, List<string> failures, HostileWorkspace workspace, string[] args, int exitCode, string error)
    {
        exits[exitCode] = exits.GetValueOrDefault(exitCode) + 1;
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var failureLines = lines.Count(l => l.StartsWith("romcurator: ", StringComparison.Ordinal) && !l.StartsWith("romcurator: warning: ", StringComparison.Ordinal));
        var traced = lines.Any(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal));
        var clean = (exitCode is ExitCodes.Ok or ExitCodes.Failed or ExitCodes.Usage or ExitCodes.Cancelled or ExitCodes.Busy)
                    && !traced && (exitCode == ExitCodes.Ok || failureLines == 1);
        if (!clean)
        {
            failures.Add(workspace.Clean($"romcurator {string.Join(' ', args.Select(Quote))}: exit {exitCode}, {failureLines} failure lines: {error.Trim()}"));
        }
    }

    /// <summary>In-process through the real dispatcher; an exception escaping it is what would abort the process.</summary>
    private static (int ExitCode, string Error) InProcess(HostileWorkspace workspace, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var paths = new AppPaths(name => name switch
        {
            "HOME" => workspace.Home,
            "XDG_DATA_HOME" => Path.Combine(workspace.Home, "data"),
            "XDG_CONFIG_HOME" => Path.Combine(workspace.Home, "config"),
            _ => null,
        });
        try
        {
            // Answers come from an empty pipe: a verb that asks is declined, never left waiting.
            var exitCode = new CliApp(paths, output, error, new PromptInput(new StringReader(""), IsTerminal: false)).Run(args, CancellationToken.None);
            return (exitCode, error.ToString());
        }
        catch (Exception escaped)
        {
            return (134, $"Unhandled exception. {escaped.GetType().Name}: {escaped.Message}\n   at {escaped.TargetSite}");
        }
    }

    private static string Prepared(HostileWorkspace workspace, string name, bool folder)
    {
        var path = Path.Combine(workspace.DataFolder, "hostile", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (folder)
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            File.WriteAllText(path, "not what was expected\n");
        }

        return path;
    }

    private static string Unreadable(HostileWorkspace workspace)
    {
        var path = Prepared(workspace, "unreadable.dat", folder: false);
        File.SetUnixFileMode(path, UnixFileMode.None);
        return path;
    }

    /// <summary>The processes of the unreadable case run as 'nobody': they must be able to open the database and write logs.</summary>
    private static void OpenToNobody(HostileWorkspace workspace, string unreadable)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(workspace.DataFolder, "*", SearchOption.AllDirectories).Prepend(workspace.DataFolder))
        {
            if (entry != unreadable)
            {
                File.SetUnixFileMode(entry, (UnixFileMode)0b111_111_111);
            }
        }
    }

    private static bool Unreadable(string value) => value.EndsWith("unreadable.dat", StringComparison.Ordinal);

    private static string Quote(string arg) => arg.Length == 0 || arg.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? $"'{arg}'" : arg;
}
