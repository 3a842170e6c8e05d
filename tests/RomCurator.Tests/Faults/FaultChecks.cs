namespace RomCurator.Tests.Faults;

/// <summary>The names of the checks, as the document lists them.</summary>
public static class FaultChecks
{
    public const string Restart = "restart";
    public const string Integrity = "integrity";
    public const string NoDuplicates = "no duplicates";
    public const string DatabaseMatchesDisk = "db = disk";
    public const string SameState = "state = reference";
    public const string FilesIntact = "files intact";
}
