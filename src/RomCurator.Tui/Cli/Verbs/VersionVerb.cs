using RomCurator.Core.Matching;
using RomCurator.Core.Serialization;
using RomCurator.Core.Storage;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>`romcurator --version`: the program version and the newest schema it knows.</summary>
public static class VersionVerb
{
    public static string Version =>
        typeof(VersionVerb).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static int Run(VerbContext context)
    {
        var schema = new MigrationRunner().LatestVersion;
        if (context.Global.Json)
        {
            context.WriteJson(
                new VersionReport("romcurator", Version, schema,
                    System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
                    System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(),
                    CodeStamp.Fingerprint(typeof(CodeStamp).Assembly)),
                ReportJsonContext.Default.VersionReport);
        }
        else
        {
            context.Out.WriteLine($"romcurator {Version} (schema {schema})");
        }

        return ExitCodes.Ok;
    }
}
