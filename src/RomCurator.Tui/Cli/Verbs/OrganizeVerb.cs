using RomCurator.Core.Organizer;
using RomCurator.Core.Serialization;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>
/// `romcurator organize`: the dry-run plan of where the template puts every curated file. Applying the plan
/// (audited, crash-safe moves) and undo are not in this build yet: they refuse and move nothing.
/// </summary>
public static class OrganizeVerb
{
    public static readonly VerbSpec Spec = new(
        ["organize"],
        "plan the library layout (dry run: nothing is moved); --apply and --undo are not in this build yet",
        "organize [--dry-run | --apply [--yes] | --undo RUN] [--root NAME] [--json]",
        [
            new OptionSpec("--dry-run", "show the plan only (the default)"),
            new OptionSpec("--apply", "move files according to the plan (not available yet: issue #6)"),
            new OptionSpec("--yes", "do not ask for confirmation"),
            new OptionSpec("--undo", "move the files of an applied run back (not available yet: issue #6)", TakesValue: true, ValueName: "RUN"),
            new OptionSpec("--root", "only this root", TakesValue: true, ValueName: "NAME"),
        ],
        Run);

    private static int Run(VerbContext context)
    {
        if (context.Args.Has("--apply") || context.Args.Has("--undo"))
        {
            throw new VerbFailedException("applying or undoing the organizer's plan is not available in this build yet (tracked in issue #6); nothing was moved. Use 'organize --dry-run' to see the plan.");
        }

        using var connection = context.OpenDatabase();
        OrganizerPlan plan;
        try
        {
            plan = new OrganizerPlanner(connection, context.Settings.Settings.Organizer).Plan(context.Args.Value("--root"));
        }
        catch (ArgumentException problem)
        {
            throw new VerbFailedException(problem.Message);
        }

        if (context.Global.Json)
        {
            context.WriteJson(plan, ReportJsonContext.Default.OrganizerPlan);
            return ExitCodes.Ok;
        }

        foreach (var line in PlanText.Render(plan))
        {
            context.Out.WriteLine(line);
        }

        return ExitCodes.Ok;
    }
}
