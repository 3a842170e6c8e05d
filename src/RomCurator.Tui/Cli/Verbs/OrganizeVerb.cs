using Microsoft.Data.Sqlite;
using RomCurator.Core.Organizer;
using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>
/// `romcurator organize`: show the plan (dry run, the default unless the config says otherwise), apply it with
/// audited crash-safe moves, or undo an applied run.
/// </summary>
public static class OrganizeVerb
{
    public static readonly VerbSpec Spec = new(
        ["organize"],
        "plan the library layout (dry run), apply it with audited moves, or undo an applied run",
        "organize [--dry-run | --apply [--yes] | --undo RUN] [--root NAME] [--json]",
        [
            new OptionSpec("--dry-run", "show the plan only (nothing is moved)"),
            new OptionSpec("--apply", "move files according to the plan"),
            new OptionSpec("--yes", "do not ask for confirmation (needed when not run in a terminal)"),
            new OptionSpec("--undo", "move the files of an applied run back", TakesValue: true, ValueName: "RUN"),
            new OptionSpec("--root", "only this root", TakesValue: true, ValueName: "NAME"),
        ],
        Run);

    private static int Run(VerbContext context)
    {
        var organizer = context.Settings.Settings.Organizer;
        var modes = new[] { "--dry-run", "--apply", "--undo" }.Count(context.Args.Has);
        if (modes > 1)
        {
            throw new UsageException("choose one of --dry-run, --apply and --undo");
        }

        using var connection = context.OpenDatabase();
        var service = new FileOrganizerService(connection, organizer);
        try
        {
            if (context.Args.Value("--undo") is { } undo)
            {
                if (!long.TryParse(undo, out var runId))
                {
                    throw new UsageException($"--undo needs a run number (see the run id printed by 'organize --apply'), not '{undo}'");
                }

                Confirm(context, $"Move the files of organizer run {runId} back to where they were?");
                return Report(context, service.Undo(runId, context.Cancellation));
            }

            var apply = context.Args.Has("--apply") || (!context.Args.Has("--dry-run") && !organizer.DryRunByDefault);
            if (!apply)
            {
                return PrintPlan(context, connection, service);
            }

            var plan = new PlanCounts();
            foreach (var line in service.Stream(context.Args.Value("--root")))
            {
                plan.Count(line);
            }

            if (plan.Moves == 0)
            {
                return Report(context, service.NothingToMove(plan));
            }

            Confirm(context, $"Move {plan.Moves} files as planned ({plan.Conflicts} conflicts and {plan.Skips} skipped files stay where they are)?");
            return Report(context, service.Apply(context.Args.Value("--root"), context.Cancellation));
        }
        catch (ArgumentException problem)
        {
            throw new VerbFailedException(problem.Message);
        }
    }

    private static void Confirm(VerbContext context, string question)
    {
        if (context.Args.Has("--yes"))
        {
            return;
        }

        if (!context.Input.IsTerminal)
        {
            throw new UsageException("moving files needs --yes when romcurator is not run in a terminal");
        }

        context.Error.Write(question + " [y/N] ");
        var answer = context.Input.Reader.ReadLine()?.Trim();
        if (!string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
        {
            throw new DeclinedException("cancelled: nothing was moved.");
        }
    }

    /// <summary>The plan, streamed: as JSON line by line, as text from a <see cref="PlanTable"/> (it is grouped by platform).</summary>
    private static int PrintPlan(VerbContext context, SqliteConnection connection, FileOrganizerService service)
    {
        var lines = service.Stream(context.Args.Value("--root"));
        var template = service.Template;
        if (context.Global.Json)
        {
            PlanJson.Write(context.Out, template, lines);
            return ExitCodes.Ok;
        }

        using var plan = PlanTable.Fill(connection, template, lines);
        foreach (var line in PlanText.Render(plan))
        {
            context.Out.WriteLine(line);
        }

        return ExitCodes.Ok;
    }

    /// <summary>One line: what the run did, and how to revert it when there is something an undo can move back.</summary>
    internal static string Summary(OrganizeRunReport report)
    {
        var settled = report.Recovered > 0 ? $"; {report.Recovered} interrupted moves settled first" : "";
        if (report.RunId is not { } runId)
        {
            return $"nothing to move: every curated file is already in place ({report.InPlace} in place, {report.Conflicts} conflicts, " +
                   $"{report.Skipped} skipped){settled}; no run recorded.";
        }

        var line = $"organizer run {runId} ({report.Mode}) {report.Status}: {report.Moved} moved, {report.Failed} failed" +
                   (report.Recovered > 0 ? $", {report.Recovered} interrupted moves settled first" : "");
        return report.Mode == "apply" && report.Moved > 0 ? line + $"; undo with: romcurator organize --undo {runId}" : line;
    }

    private static int Report(VerbContext context, OrganizeRunReport report)
    {
        if (context.Global.Json)
        {
            context.WriteJson(report, ReportJsonContext.Default.OrganizeRunReport);
        }
        else
        {
            context.Out.WriteLine(Summary(report));
            foreach (var failure in report.Failures.Take(20))
            {
                context.Out.WriteLine("  " + failure);
            }
        }

        if (report.Status != RunStatus.Cancelled && report.Failed > 0)
        {
            context.Error.WriteLine($"romcurator: organizer run {report.RunId}: {report.Failed} moves failed; the first: " +
                                    (report.Failures.FirstOrDefault() ?? "see the organizer log").ReplaceLineEndings(" "));
        }

        return report.Status switch
        {
            RunStatus.Cancelled => ExitCodes.Cancelled,
            _ when report.Failed > 0 => ExitCodes.Failed,
            _ => ExitCodes.Ok,
        };
    }
}
