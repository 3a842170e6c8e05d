namespace RomCurator.Core.Configuration;

/// <summary>How archives are enumerated, and the limits that guard against archive bombs.</summary>
public sealed class ArchiveSettings
{
    /// <summary>How deep archives inside archives are followed (default 3).</summary>
    public int MaxDepth { get; set; } = 3;

    /// <summary>Members larger than this are hashed through a temp file instead of memory (default 128 MiB).</summary>
    public long SpillThresholdBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>A text file with one password per line, tried on encrypted archives. Empty: none.</summary>
    public string PasswordDictionaryPath { get; set; } = "";

    /// <summary>Most bytes expanded from one archive, nested members included (default 64 GiB).</summary>
    public long MaxTotalExpandedBytes { get; set; } = 64L * 1024 * 1024 * 1024;

    /// <summary>Most members enumerated in one archive (default 100000).</summary>
    public int MaxMemberCount { get; set; } = 100_000;

    /// <summary>Largest uncompressed/compressed ratio accepted for a member (default 1000).</summary>
    public double MaxCompressionRatio { get; set; } = 1000;
}
