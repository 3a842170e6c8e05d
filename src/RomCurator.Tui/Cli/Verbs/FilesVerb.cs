using RomCurator.Core.Library;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator files`: every file instance and archive member with hashes and match state (streamed).</summary>
public static class FilesVerb
{
    public static readonly VerbSpec Spec = new(
        ["files"],
        "list every file instance (archive members as archive.zip#inner/path) with hashes and match state",
        "files [--root NAME] [--json]",
        [new OptionSpec("--root", "only this root", TakesValue: true, ValueName: "NAME")],
        Run);

    private static int Run(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var root = context.Args.Value("--root");
        if (root is not null)
        {
            var found = new LibraryRootStore(connection).Find(root)
                        ?? throw new VerbFailedException($"there is no root named '{root}' (see romcurator roots list).");
            if (found.IsRemoved)
            {
                throw new VerbFailedException($"root '{root}' was removed; its files are not listed (add its folder again to bring it back).");
            }
        }

        var entries = new FileListing(connection, RomCurator.Core.Preferred.VariantPreferences.From(context.Settings.Settings.OneGameOneRom)).List(root, context.Cancellation);
        if (context.Global.Json)
        {
            WriteJson(context, entries);
        }
        else
        {
            context.Out.WriteLine($"{"STATUS",-8} {"MATCH",-9} {"CONF",5} {"SIZE",12}  PATH  [DAT GAME]");
            foreach (var entry in entries)
            {
                var confidence = entry.Confidence is { } value ? value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "";
                var game = entry.DatGame is null ? "" : $"  [{entry.DatGame}]" + (entry.Linked ? " (linked)" : "");
                context.Out.WriteLine($"{entry.Status,-8} {entry.Match,-9} {confidence,5} {entry.Size,12:N0}  {entry.Root}/{entry.Path}{game}");
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>One object, {"files":[…]}, written as the rows stream so memory stays flat.</summary>
    private static void WriteJson(VerbContext context, IEnumerable<FileListingEntry> entries)
    {
        context.Out.Write("{\"files\":");
        JsonRows.WriteArray(context.Out, entries, ReportJsonContext.Default.FileListingEntry);
        context.Out.WriteLine("}");
    }
}
