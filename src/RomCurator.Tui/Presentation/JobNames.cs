namespace RomCurator.Tui.Presentation;

/// <summary>The run history's job names in words ("Scan", "DAT import", "Match", "Organize"); an unknown one as it is.</summary>
public static class JobNames
{
    public static string Words(string job) => job switch
    {
        "file_ingestion" => "Scan",
        "dat_import" => "DAT import",
        "matching" => "Match",
        "organizer" => "Organize",
        _ => job,
    };

    /// <summary>A run's status in words.</summary>
    public static string Status(string status) => status switch
    {
        "completed" => "finished",
        "interrupted" => "interrupted",
        "cancelled" => "cancelled",
        "failed" => "failed",
        "running" => "running",
        _ => status,
    };
}
