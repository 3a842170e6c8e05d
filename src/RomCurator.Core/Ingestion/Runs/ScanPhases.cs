namespace RomCurator.Core.Ingestion.Runs;

/// <summary>The phases of a scan, in order.</summary>
public static class ScanPhases
{
    /// <summary>Walking the roots, staging every file in file_discovery.</summary>
    public const string Discovery = "discovery";

    /// <summary>Hashing the staged files that are new or changed.</summary>
    public const string Hashing = "hashing";

    /// <summary>Marking files not seen as missing and closing the run.</summary>
    public const string Finalizing = "finalizing";
}
