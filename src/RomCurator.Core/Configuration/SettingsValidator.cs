namespace RomCurator.Core.Configuration;

/// <summary>Checks that settings are in range; returns one short sentence per problem.</summary>
public static class SettingsValidator
{
    private const long MinChunk = 64 * 1024;
    private const long MaxChunk = 1024L * 1024 * 1024;

    public static IReadOnlyList<string> Validate(RomCuratorSettings settings)
    {
        var problems = new List<string>();
        var scan = settings.Scan;
        if (scan.HashChunkSizeBytes is < MinChunk or > MaxChunk)
        {
            problems.Add($"scan.hashChunkSizeBytes must be between {MinChunk} and {MaxChunk} (got {scan.HashChunkSizeBytes})");
        }

        if (scan.Md5Crc32SizeLimitBytes < 0)
        {
            problems.Add("scan.md5Crc32SizeLimitBytes must not be negative");
        }

        if (scan.BatchSize is < 1 or > 100_000)
        {
            problems.Add($"scan.batchSize must be between 1 and 100000 (got {scan.BatchSize})");
        }

        if (scan.HashWorkers is < 0 or > 256)
        {
            problems.Add($"scan.hashWorkers must be between 0 (one per processor) and 256 (got {scan.HashWorkers})");
        }

        var archives = settings.Archives;
        if (archives.MaxDepth is < 0 or > 32)
        {
            problems.Add($"archives.maxDepth must be between 0 and 32 (got {archives.MaxDepth})");
        }

        if (archives.SpillThresholdBytes < 0 || archives.MaxTotalExpandedBytes <= 0 || archives.MaxMemberCount <= 0)
        {
            problems.Add("archives.spillThresholdBytes, maxTotalExpandedBytes and maxMemberCount must be positive");
        }

        if (archives.MaxCompressionRatio < 1)
        {
            problems.Add($"archives.maxCompressionRatio must be at least 1 (got {archives.MaxCompressionRatio})");
        }

        var matching = settings.Matching;
        if (matching.ReviewThreshold is < 0 or > 1 || matching.AutoLinkThreshold is < 0 or > 1)
        {
            problems.Add("matching thresholds must be between 0 and 1");
        }
        else if (matching.ReviewThreshold > matching.AutoLinkThreshold)
        {
            problems.Add($"matching.reviewThreshold ({matching.ReviewThreshold}) must not exceed matching.autoLinkThreshold ({matching.AutoLinkThreshold})");
        }

        if (matching.MaxCandidatesPerFile is < 1 or > 100)
        {
            problems.Add($"matching.maxCandidatesPerFile must be between 1 and 100 (got {matching.MaxCandidatesPerFile})");
        }

        if (string.IsNullOrWhiteSpace(settings.Organizer.Template))
        {
            problems.Add("organizer.template must not be empty");
        }

        return problems;
    }
}
