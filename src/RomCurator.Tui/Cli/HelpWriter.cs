using System.Text.Json;

namespace RomCurator.Tui.Cli;

/// <summary>Renders `romcurator --help` and `romcurator VERB --help`, as text or (with --json) one JSON object.</summary>
public static class HelpWriter
{
    /// <summary>The exit codes, as the text help and the README name them.</summary>
    private static readonly IReadOnlyDictionary<string, string> ExitCodeMeanings = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["0"] = "ok",
        ["1"] = "failed",
        ["2"] = "usage error",
        ["3"] = "interrupted or cancelled",
        ["4"] = "busy (another run holds the database)",
    };

    /// <summary>
    /// One JSON object: <c>usage</c>, <c>verbs</c> (every verb, or only <paramref name="verb"/>: <c>name</c>, <c>usage</c>,
    /// <c>summary</c>, <c>flags</c>), <c>global_flags</c> (<c>name</c>, <c>short</c>, <c>value</c>, <c>description</c>), <c>exit_codes</c>.
    /// </summary>
    public static void WriteJson(TextWriter output, IReadOnlyList<VerbSpec> verbs, VerbSpec? verb)
    {
        var listed = verb is null ? verbs : [verb];
        var report = new HelpReport(
            verb is null ? "romcurator [VERB] [flags]" : $"romcurator {verb.Usage}",
            listed.Select(v => new HelpVerb(v.Name, $"romcurator {v.Usage}", v.Summary, v.Options.Select(HelpFlag.Of).ToList())).ToList(),
            GlobalOptions.Specs.Select(HelpFlag.Of).ToList(),
            ExitCodeMeanings);
        output.WriteLine(JsonSerializer.Serialize(report, HelpJsonContext.Default.HelpReport));
    }

    public static void WriteGeneral(TextWriter output, IReadOnlyList<VerbSpec> verbs)
    {
        output.WriteLine("romcurator - curate, verify and organize ROM libraries");
        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine("  romcurator                 open the full-screen interface");
        output.WriteLine("  romcurator VERB [flags]    run one step headless (for scripts and cron)");
        output.WriteLine();
        output.WriteLine("Verbs:");
        var width = verbs.Max(v => v.Name.Length) + 2;
        foreach (var verb in verbs)
        {
            output.WriteLine($"  {verb.Name.PadRight(width)}{verb.Summary}");
        }

        output.WriteLine();
        WriteOptions(output, "Global flags:", GlobalOptions.Specs);
        output.WriteLine();
        output.WriteLine("Exit codes: 0 ok, 1 failed, 2 usage error, 3 interrupted or cancelled, 4 busy (another run holds the database).");
        output.WriteLine("Run 'romcurator VERB --help' for a verb's flags.");
    }

    public static void WriteVerb(TextWriter output, VerbSpec verb)
    {
        output.WriteLine($"Usage: romcurator {verb.Usage}");
        output.WriteLine();
        output.WriteLine(verb.Summary);
        if (verb.Options.Count > 0)
        {
            output.WriteLine();
            WriteOptions(output, "Flags:", verb.Options);
        }

        output.WriteLine();
        WriteOptions(output, "Global flags:", GlobalOptions.Specs);
    }

    private static void WriteOptions(TextWriter output, string heading, IReadOnlyList<OptionSpec> options)
    {
        output.WriteLine(heading);
        var width = options.Max(o => o.Display.Length) + 2;
        foreach (var option in options)
        {
            output.WriteLine($"  {option.Display.PadRight(width)}{option.Description}");
        }
    }
}
