using System.Text.Json;

namespace RomCurator.Tests.Hostile;

/// <summary>How one <c>romcurator scan --json</c> ended: exit code, status and error count from its JSON summary.</summary>
public sealed record ScanRun(int ExitCode, string Status, long Errors, string Error)
{
    public bool Completed => ExitCode == 0 && Status == "completed";

    public string Describe() => Status == "completed"
        ? $"scan completed (exit {ExitCode}, {Errors} problem{(Errors == 1 ? "" : "s")})"
        : $"scan {Status} (exit {ExitCode})";

    public static ScanRun From(int exitCode, string output, string error)
    {
        try
        {
            using var json = JsonDocument.Parse(output);
            var root = json.RootElement;
            return root.TryGetProperty("status", out var status)
                ? new ScanRun(exitCode, status.GetString()!, root.GetProperty("errors").GetInt64(), error)
                : new ScanRun(exitCode, "failed", 0, error);
        }
        catch (JsonException)
        {
            return new ScanRun(exitCode, "no summary", 0, error + output);
        }
    }

    /// <summary>The outcome of a case whose evidence is one recorded row (null: nothing was recorded).</summary>
    public CaseOutcome Outcome(string where, string? recorded) =>
        new(Describe(), Completed, where, recorded ?? "(nothing recorded)");
}
