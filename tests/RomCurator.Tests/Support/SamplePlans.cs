using RomCurator.Core.Organizer;

namespace RomCurator.Tests.Support;

/// <summary>Organizer plans made up line by line: platforms in mixed order and case, every action, odd characters.</summary>
public static class SamplePlans
{
    public static List<PlannedMove> Lines(int count)
    {
        string[] platforms = ["Nintendo - Game Boy", "(no platform)", "nec - PC Engine", "NEC - PC Engine", "Sega - Mega Drive \"Genesis\""];
        string[] actions = [PlanActions.Move, PlanActions.Skip, PlanActions.InPlace, PlanActions.Move, PlanActions.Conflict];
        return Enumerable.Range(0, count).Select(i =>
        {
            var action = actions[(i * 7 + i / 5) % actions.Length];
            var platform = platforms[(i / 3 + i % 4) % platforms.Length];
            return new PlannedMove(i + 1, i % 9 == 0 ? "second" : "lib", platform, $"in/Gäme {i} <&>.bin",
                action == PlanActions.Skip ? null : $"{platform}/Gäme {i}.bin", action,
                action is PlanActions.Skip or PlanActions.Conflict ? $"reason {i % 3} 'quoted'" : null);
        }).ToList();
    }
}
