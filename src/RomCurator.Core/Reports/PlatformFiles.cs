namespace RomCurator.Core.Reports;

/// <summary>The library's files of one platform (by root hint, or by what they matched): matched, unmatched, duplicated.</summary>
public sealed record PlatformFiles(string Platform, long Files, long Matched, long Unmatched, long Duplicates)
{
    /// <summary>The platform shown for files that neither matched a DAT entry nor sit under a root with a platform.</summary>
    public const string UnknownPlatform = "(unknown platform)";
}
