namespace RomCurator.Core.Pipeline.Checkpoints;

/// <summary>The phases of a scan, in order.</summary>
public static class ScanPhases
{
    /// <summary>Walking the roots, staging every file in file_discovery.</summary>
    public const string Discovery = "discovery";

    /// <summary>Hashing the staged files that are new or changed.</summary>
    public const string Hashing = "hashing";

    /// <summary>Marking files not seen as missing and closing the run.</summary>
    public const string Finalizing = "finalizing";

    /// <summary>Matching the scanned files against the DATs (no checkpoint: it runs again after finalizing).</summary>
    public const string Matching = "matching";

    /// <summary>Recording the moves the organizer's plan now shows done (no checkpoint; progress still shows matching).</summary>
    public const string Healing = "healing";

    /// <summary>The run has ended, whichever way.</summary>
    public const string Done = "done";
}
