namespace RomCurator.Tui.Cli;

/// <summary>Process exit codes: a public contract for scripts and cron.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Cancelled = 3;

    /// <summary>Another run holds the database (a scan, organizer, match or DAT import run): try again later.</summary>
    public const int Busy = 4;
}
