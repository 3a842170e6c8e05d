using System.Text;
using RomCurator.Tests.Hostile;

namespace RomCurator.Tests.Faults;

/// <summary>
/// Renders the fault runs for <c>docs/reliability.md</c>: per operation its fixture, the points it passes and how
/// often, then a row per kill. Only the seed, the fixtures and what happened go in (no times, no temp paths), so
/// the committed text equals what a run produces.
/// </summary>
public static class FaultTable
{
    public const string Section = "fault-injection";

    public static string Render(IReadOnlyList<FaultRun> runs)
    {
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            var passes = string.Join(", ", run.Counts.Select(c => $"`{c.Key}` ×{c.Value:N0}"));
            text.AppendLine($"**{run.Operation.Name}** (seed {run.Seed}): {run.Operation.Fixture}. The uninterrupted run passes {passes}.");
            text.AppendLine();
        }

        text.AppendLine("| seed | operation | crash point | N | of | the kill | checks passed after the restart | result |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            foreach (var result in run.Results)
            {
                var verdict = result.Succeeded ? "pass" : "**FAIL**: " + string.Join("; ", result.Failures);
                text.AppendLine($"| {run.Seed} | {run.Operation.Name} | `{result.Crash.Point}` | {result.Crash.N:N0} | {result.Passes:N0} | " +
                                $"{ReliabilityDocument.Cell(result.Kill)} | {ReliabilityDocument.Cell(string.Join(", ", result.Passed))} | " +
                                $"{ReliabilityDocument.Cell(verdict)} |");
            }
        }

        return text.ToString();
    }
}
