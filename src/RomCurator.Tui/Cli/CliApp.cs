using Microsoft.Data.Sqlite;
using RomCurator.Core.Configuration;
using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;
using RomCurator.Core.Storage;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tui.Cli;

/// <summary>
/// Runs one command line: parses it, dispatches to a verb (or to the interactive interface when no verb is
/// given) and turns failures into one clear line and an exit code. Whatever a verb throws ends here: a failure
/// nothing names is a defect, reported in one line with its trace in the crash log (<see cref="LastResort"/>), exit 1.
/// </summary>
public sealed class CliApp(AppPaths appPaths, TextWriter output, TextWriter errorOutput, PromptInput? input = null)
{
    private readonly FailureLineWatch error = new(errorOutput);

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
        catch (Exception problem)
        {
            return Fail(ExitCodes.Failed, LastResort.Describe(problem, appPaths.DefaultLogs), json: args.Contains("--json"));
        }

        var global = invocation.Global;
        if (global.Help)
        {
            if (global.Json)
            {
                HelpWriter.WriteJson(output, VerbCatalog.All, invocation.Verb);
            }
            else if (invocation.Verb is null)
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
                var exitCode = invocation.Verb.Run(context);
                return exitCode == ExitCodes.Ok || error.SawFailureLine
                    ? exitCode
                    : Fail(exitCode, $"{invocation.Verb.Name} {Ended(exitCode)} (see the output above and the logs folder)", json: false);
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
        catch (Exception problem) when (problem is ConfigurationException or DatabaseUnusableException or SchemaTooNewException or MigrationFailedException or VerbFailedException)
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
        catch (Exception problem)
        {
            return Fail(ExitCodes.Failed, LastResort.Describe(problem, LogsFolder(context)), global.Json);
        }
    }

    /// <summary>The configured logs folder, or the default one when the settings cannot be loaded.</summary>
    private string LogsFolder(VerbContext context)
    {
        try
        {
            return context.Settings.Paths.Logs;
        }
        catch (Exception)
        {
            return appPaths.DefaultLogs;
        }
    }

    private static string Ended(int exitCode) => exitCode switch
    {
        ExitCodes.Usage => "was not used as it should be",
        ExitCodes.Cancelled => "was interrupted; committed work is kept",
        ExitCodes.Busy => "found another run in progress",
        _ => "failed",
    };

    private int Fail(int exitCode, string message, bool json)
    {
        message = message.ReplaceLineEndings(" ");
        error.WriteLine($"romcurator: {message}");
        if (json)
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                new ErrorReport(message, exitCode), ReportJsonContext.Default.ErrorReport));
        }

        return exitCode;
    }
}
