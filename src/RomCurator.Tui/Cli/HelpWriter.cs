namespace RomCurator.Tui.Cli;

/// <summary>Renders `romcurator --help` and `romcurator VERB --help`.</summary>
public static class HelpWriter
{
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
