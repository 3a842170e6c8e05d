using RomCurator.Core.Organizer;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>The organizer plan as a diff grouped by platform (pure: plan → lines).</summary>
public static class PlanText
{
    public static IEnumerable<string> Render(OrganizerPlan plan)
    {
        yield return $"organizer plan (dry run, nothing moved) with template '{plan.Template}':";
        yield return $"  {plan.Moves} to move, {plan.InPlace} already in place, {plan.Conflicts} conflicts, {plan.Skips} skipped";
        foreach (var group in plan.Items.Where(i => i.Action != PlanActions.Skip).GroupBy(i => i.Platform))
        {
            yield return "";
            yield return group.Key + ":";
            foreach (var item in group)
            {
                yield return item.Action switch
                {
                    PlanActions.Move => $"  {item.Root}: {item.From} → {item.To}",
                    PlanActions.InPlace => $"  {item.Root}: {item.From} (in place)",
                    _ => $"  {item.Root}: {item.From} → {item.To}  CONFLICT: {item.Reason}",
                };
            }
        }

        var skips = plan.Items.Where(i => i.Action == PlanActions.Skip).ToList();
        if (skips.Count > 0)
        {
            yield return "";
            yield return "skipped:";
            foreach (var item in skips)
            {
                yield return $"  {item.Root}: {item.From}: {item.Reason}";
            }
        }
    }
}
