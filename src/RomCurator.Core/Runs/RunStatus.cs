namespace RomCurator.Core.Runs;

/// <summary>The lifecycle states of an <c>import_log</c> row.</summary>
public static class RunStatus
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
