namespace RomCurator.Core.Ingestion;

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
}
