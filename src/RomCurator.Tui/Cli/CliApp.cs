using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;
using RomCurator.Core.Storage;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tui.Cli;

/// <summary>
/// Runs one command line: parses it, dispatches to a verb (or to the interactive interface when no verb is
/// given) and turns failures into one clear line and an exit code.
/// </summary>
public sealed class CliApp(AppPaths appPaths, TextWriter output, TextWriter error, PromptInput? input = null)
{
    public int Run(IReadOnlyList<string> args, CancellationToken cancellation, Func<VerbContext, int>? interactive = null)
    {
        Invocation invocation;
        try
        {
            invocation = new CommandLineParser(VerbCatalog.All).Parse(args);
        }
        catch (UsageException problem)
        {
            return Fail(ExitCodes.Usage, problem.Message, json: args.Contains("--json"));
        }

        var global = invocation.Global;
        if (global.Help)
        {
            if (invocation.Verb is null)
            {
                HelpWriter.WriteGeneral(output, VerbCatalog.All);
            }
            else
            {
                HelpWriter.WriteVerb(output, invocation.Verb);
            }

            return ExitCodes.Ok;
        }

        var context = new VerbContext(invocation, appPaths, output, error, cancellation, input);
        if (global.Version && invocation.Verb is null)
        {
            return VersionVerb.Run(context);
        }

        try
        {
            if (invocation.Verb is not null)
            {
                return invocation.Verb.Run(context);
            }

            if (interactive is null)
            {
                HelpWriter.WriteGeneral(output, VerbCatalog.All);
                return ExitCodes.Usage;
            }

            return interactive(context);
        }
        catch (UsageException problem)
        {
            return Fail(ExitCodes.Usage, problem.Message, global.Json);
        }
        catch (DeclinedException problem)
        {
            return Fail(ExitCodes.Cancelled, problem.Message, global.Json);
        }
        catch (JobBusyException problem)
        {
            return Fail(ExitCodes.Busy, problem.Message, global.Json);
        }
        catch (OperationCanceledException)
        {
            return Fail(ExitCodes.Cancelled, "interrupted; committed work is kept and the next run resumes it.", global.Json);
        }
        catch (Exception problem) when (problem is ConfigurationException or SchemaTooNewException or MigrationFailedException or VerbFailedException)
        {
            return Fail(ExitCodes.Failed, problem.Message, global.Json);
        }
        catch (SqliteException problem)
        {
            return Fail(ExitCodes.Failed, DatabaseErrors.Describe(context.Settings.Paths.Database, problem), global.Json);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return Fail(ExitCodes.Failed, problem.Message, global.Json);
        }
    }

    private int Fail(int exitCode, string message, bool json)
    {
        error.WriteLine($"romcurator: {message}");
        if (json)
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                new ErrorReport(message, exitCode), ReportJsonContext.Default.ErrorReport));
        }

        return exitCode;
    }
}
