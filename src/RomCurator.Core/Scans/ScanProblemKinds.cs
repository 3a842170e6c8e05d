namespace RomCurator.Core.Scans;

/// <summary>The kinds of <see cref="ScanProblem"/>.</summary>
public static class ScanProblemKinds
{
    public const string Unreadable = "unreadable";
    public const string Changed = "changed";
    public const string Link = "link";
    public const string Corrupt = "corrupt";
    public const string PasswordRequired = "password_required";
    public const string BombGuard = "bomb_guard";
    public const string DepthLimit = "depth_limit";
    public const string Signature = "signature";
    public const string Unsupported = "unsupported";

    /// <summary>The hash cache was damaged or failed (it is rebuilt or switched off; the scan goes on).</summary>
    public const string Cache = "cache";

    /// <summary>The password dictionary could not be used as it is (unreadable, not a regular file, lines skipped).</summary>
    public const string Dictionary = "dictionary";

    /// <summary>An unexpected fault while processing one file or member; the scan recorded it and went on.</summary>
    public const string Internal = "internal";
}
