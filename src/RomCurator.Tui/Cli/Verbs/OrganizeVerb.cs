using Microsoft.Data.Sqlite;
using RomCurator.Core.Organizer;
using RomCurator.Core.Runs;
using RomCurator.Core.Serialization;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>
/// `romcurator organize`: show the plan (dry run, the default unless the config says otherwise), apply it with
/// audited crash-safe moves, or undo an applied run.
/// </summary>
public static class OrganizeVerb
{
    public static readonly VerbSpec Spec = new(
        ["organize"],
        "plan the library layout (dry run), apply a plan with audited moves, or undo an applied run",
        "organize [--dry-run | --apply [PLAN_ID] [--yes] | --undo RUN] [--root NAME] [--json]",
        [
            new OptionSpec("--dry-run", "show the plan only (nothing is moved) and its number, PLAN_ID"),
            new OptionSpec("--apply", "move files: exactly plan PLAN_ID when given (refused if the library changed since), else the plan made now"),
            new OptionSpec("--yes", "do not ask for confirmation (needed when not run in a terminal)"),
            new OptionSpec("--undo", "move the files of an applied run back", TakesValue: true, ValueName: "RUN"),
            new OptionSpec("--root", "only this root", TakesValue: true, ValueName: "NAME"),
        ],
        Run,
        MaxPositionals: 1);

    private static int Run(VerbContext context)
    {
        var organizer = context.Settings.Settings.Organizer;
        var modes = new[] { "--dry-run", "--apply", "--undo" }.Count(context.Args.Has);
        if (modes > 1)
        {
            throw new UsageException("choose one of --dry-run, --apply and --undo");
        }

        var planId = PlanNumber(context);
        using var connection = context.OpenDatabase();
        var service = new FileOrganizerService(connection, organizer, context.Settings.Settings.OneGameOneRom);
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

            if (planId is { } shownId)
            {
                var shown = service.Shown(shownId);
                if (context.Args.Value("--root") is { } root && root != shown.RootName)
                {
                    throw new UsageException($"plan {shownId} was made for {(shown.RootName is null ? "every root" : "root '" + shown.RootName + "'")}; leave --root out to apply it");
                }

                Confirm(context, ApplyQuestion(PlanCounts.Of(shown), shownId));
                return Report(context, service.Apply(shownId, context.Cancellation));
            }

            var apply = context.Args.Has("--apply") || (!context.Args.Has("--dry-run") && !organizer.DryRunByDefault);
            if (!apply)
            {
                return PrintPlan(context, connection, service);
            }

            // Plan and apply: interrupted moves are settled first (an apply may), the plan is made, remembered and
            // asked about, and then exactly that plan is applied.
            service.SettleInterrupted(context.Cancellation);
            var rootName = context.Args.Value("--root");
            var plan = new PlanCounts();
            var fingerprint = new PlanFingerprint();
            foreach (var line in service.Stream(rootName, context.Cancellation))
            {
                fingerprint.Add(plan.Count(line));
            }

            if (!plan.HasWork)
            {
                return Report(context, service.NothingToMove(plan));
            }

            var remembered = service.Remember(rootName, service.Template, fingerprint, plan);
            Confirm(context, ApplyQuestion(plan, null));
            return Report(context, service.Apply(remembered.PlanId, context.Cancellation));
        }
        catch (PlanChangedException changed)
        {
            throw new VerbFailedException(changed.Message);
        }
        catch (ArgumentException problem)
        {
            throw new VerbFailedException(problem.Message);
        }
    }

    /// <summary>The PLAN_ID of <c>--apply PLAN_ID</c>, or null; a number anywhere else is a usage error.</summary>
    private static long? PlanNumber(VerbContext context)
    {
        if (context.Args.Positionals.Count == 0)
        {
            return null;
        }

        var text = context.Args.Positionals[0];
        if (!context.Args.Has("--apply"))
        {
            throw new UsageException($"'organize' takes a plan number only after --apply (organize --apply PLAN_ID), not '{text}'");
        }

        return long.TryParse(text, out var id) && id > 0
            ? id
            : throw new UsageException($"--apply takes a plan number (printed by 'romcurator organize'), not '{text}'");
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

    /// <summary>
    /// The plan, streamed: as JSON line by line, as text from a <see cref="PlanTable"/> (it is grouped by platform). It is
    /// remembered by number (<c>plan_id</c>) for <c>--apply PLAN_ID</c>. Moves an interrupted run left pending are only
    /// reported (<c>recovery_due</c>): a dry run touches no file.
    /// </summary>
    private static int PrintPlan(VerbContext context, SqliteConnection connection, FileOrganizerService service)
    {
        var rootName = context.Args.Value("--root");
        var recoveryDue = service.RecoveryDue();
        var fingerprint = new PlanFingerprint();
        var lines = service.Stream(rootName, context.Cancellation).Select(fingerprint.Add);
        var template = service.Template;
        if (context.Global.Json)
        {
            PlanJson.Write(context.Out, template, lines, counts =>
            {
                var shown = service.Remember(rootName, template, fingerprint, counts);
                return $",\"plan_id\":{shown.PlanId},\"recovery_due\":{recoveryDue}";
            });
            return ExitCodes.Ok;
        }

        using var plan = PlanTable.Fill(connection, template, lines);
        var remembered = service.Remember(rootName, template, fingerprint, plan.Counts);
        foreach (var line in PlanText.Render(plan))
        {
            context.Out.WriteLine(line);
        }

        context.Out.WriteLine("");
        if (recoveryDue > 0)
        {
            context.Out.WriteLine($"note: {recoveryDue} {Units.Plural(recoveryDue, "move")} of an interrupted organizer run {Units.Plural(recoveryDue, "is", "are")} still pending; this dry run leaves them alone " +
                                  "(their files may be at their old or new path): the next 'organize --apply', 'organize --undo' or 'scan' settles them first.");
        }

        context.Out.WriteLine(plan.Counts.HasWork
            ? $"plan {remembered.PlanId}: apply exactly this plan with: romcurator organize --apply {remembered.PlanId}"
            : $"plan {remembered.PlanId}: nothing to move.");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The question before an apply, for the plan made now ("Move … as planned") or plan <paramref name="shownId"/> shown
    /// earlier ("Apply plan N: move …"): the files it moves and the playlists it writes, then what stays — files
    /// (conflicts, skipped) apart from playlists (not written, already in place).
    /// </summary>
    internal static string ApplyQuestion(PlanCounts plan, long? shownId) => ApplyQuestionText.Of(plan, shownId);

    /// <summary>One line: what the run did, and how to revert it when there is something an undo can move back.</summary>
    internal static string Summary(OrganizeRunReport report)
    {
        var settled = report.Recovered > 0 ? $"; {report.Recovered} interrupted moves settled first" : "";
        if (report.RunId is not { } runId)
        {
            return $"nothing to move: every curated file is already in place ({report.InPlace} in place, {report.Conflicts} {Units.Plural(report.Conflicts, "conflict")}, " +
                   $"{report.Skipped} skipped){settled}; no run recorded.";
        }

        var line = $"organizer run {runId} ({report.Mode}) {report.Status}: {report.Moved} moved, {report.Failed} failed" +
                   (report.Playlists > 0 ? $", {report.Playlists} multi-disc playlists {(report.Mode == "undo" ? "removed" : "written")}" : "") +
                   (report.PlaylistsRemoved > 0 ? $", {report.PlaylistsRemoved} multi-disc playlists the plan no longer keeps removed" : "") +
                   (report.PlaylistsRestored > 0 ? $", {report.PlaylistsRestored} multi-disc playlists written back" : "") +
                   (report.Recovered > 0 ? $", {report.Recovered} interrupted moves settled first" : "");
        return report.Mode == "apply" && report.Moved + report.Playlists + report.PlaylistsRemoved > 0 ? line + $"; undo with: romcurator organize --undo {runId}" : line;
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
            context.Error.WriteLine($"romcurator: organizer run {report.RunId}: {report.Failed} {Units.Plural(report.Failed, "move")} failed; the first: " +
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
