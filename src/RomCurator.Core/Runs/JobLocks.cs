namespace RomCurator.Core.Runs;

/// <summary>
/// The exclusions between jobs on one database, each a lock file beside it. Jobs that share a lock never run at the
/// same time; holding a lock also proves that no other process is running that kind of job, so runs of it still
/// marked <c>running</c> were left by a process that died.
/// </summary>
public static class JobLocks
{
    /// <summary>Scans, organizer apply/undo and match runs: they change which files the library has, where, and how they match.</summary>
    public const string Library = ".lock";

    /// <summary>DAT imports (they may run during a scan).</summary>
    public const string DatImport = ".dat-import.lock";
}
