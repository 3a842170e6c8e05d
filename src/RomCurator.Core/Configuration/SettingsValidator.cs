namespace RomCurator.Core.Configuration;

/// <summary>
/// Checks that every setting's value can be used (ranges, thresholds in 0..1 and in order, known preset, a template
/// the organizer can render); returns one problem per bad setting, naming its key. Pure: it reads no file (see
/// <see cref="SettingsPathRules"/> for the rules about files and folders).
/// </summary>
public static class SettingsValidator
{
    private const long MinChunk = 64 * 1024;
    private const long MaxChunk = 1024L * 1024 * 1024;

    public static IReadOnlyList<SettingProblem> Validate(RomCuratorSettings settings)
    {
        var problems = new List<SettingProblem>();
        void Add(string key, string message) => problems.Add(new SettingProblem($"{key} {message}", key));

        var scan = settings.Scan;
        if (scan.HashChunkSizeBytes is < MinChunk or > MaxChunk)
        {
            Add("scan.hashChunkSizeBytes", $"must be between {MinChunk} and {MaxChunk} (got {scan.HashChunkSizeBytes})");
        }

        if (scan.Md5Crc32SizeLimitBytes < 0)
        {
            Add("scan.md5Crc32SizeLimitBytes", $"must not be negative (got {scan.Md5Crc32SizeLimitBytes})");
        }

        if (scan.BatchSize is < 1 or > 100_000)
        {
            Add("scan.batchSize", $"must be between 1 and 100000 (got {scan.BatchSize})");
        }

        if (scan.HashWorkers is < 0 or > 256)
        {
            Add("scan.hashWorkers", $"must be between 0 (one per processor) and 256 (got {scan.HashWorkers})");
        }

        if (scan.IgnoreGlobs.Any(string.IsNullOrWhiteSpace))
        {
            Add("scan.ignoreGlobs", "must not hold an empty pattern");
        }

        var archives = settings.Archives;
        if (archives.MaxDepth is < 0 or > 32)
        {
            Add("archives.maxDepth", $"must be between 0 and 32 (got {archives.MaxDepth})");
        }

        if (archives.SpillThresholdBytes < 0)
        {
            Add("archives.spillThresholdBytes", $"must not be negative (got {archives.SpillThresholdBytes})");
        }

        if (archives.MaxTotalExpandedBytes <= 0)
        {
            Add("archives.maxTotalExpandedBytes", $"must be positive (got {archives.MaxTotalExpandedBytes})");
        }

        if (archives.MaxMemberCount <= 0)
        {
            Add("archives.maxMemberCount", $"must be positive (got {archives.MaxMemberCount})");
        }

        if (double.IsNaN(archives.MaxCompressionRatio) || archives.MaxCompressionRatio is < 1 or > 1e9)
        {
            Add("archives.maxCompressionRatio", $"must be between 1 and 1000000000 (got {archives.MaxCompressionRatio})");
        }

        var matching = settings.Matching;
        var review = Fraction(matching.ReviewThreshold);
        var autoLink = Fraction(matching.AutoLinkThreshold);
        if (!review)
        {
            Add("matching.reviewThreshold", $"must be between 0 and 1 (got {matching.ReviewThreshold})");
        }

        if (!autoLink)
        {
            Add("matching.autoLinkThreshold", $"must be between 0 and 1 (got {matching.AutoLinkThreshold})");
        }

        if (review && autoLink && matching.ReviewThreshold > matching.AutoLinkThreshold)
        {
            problems.Add(new SettingProblem(
                $"matching.reviewThreshold ({matching.ReviewThreshold}) must not exceed matching.autoLinkThreshold ({matching.AutoLinkThreshold})",
                "matching.reviewThreshold", "matching.autoLinkThreshold"));
        }

        if (matching.MaxCandidatesPerFile is < 1 or > 100)
        {
            Add("matching.maxCandidatesPerFile", $"must be between 1 and 100 (got {matching.MaxCandidatesPerFile})");
        }

        var organizer = settings.Organizer;
        if (OrganizerLayouts.TemplateProblem(organizer.Template) is { } templateProblem)
        {
            Add("organizer.template", $"'{organizer.Template}' {templateProblem}");
        }

        if (!string.IsNullOrWhiteSpace(organizer.Preset) && !OrganizerLayouts.Presets.Contains(organizer.Preset, StringComparer.OrdinalIgnoreCase))
        {
            Add("organizer.preset", $"'{organizer.Preset}' is not a preset (known: {string.Join(", ", OrganizerLayouts.Presets)}; empty for none)");
        }

        if (OrganizerPolicies.ChoiceProblem(organizer.Unverified, OrganizerPolicies.UnverifiedChoices) is { } unverifiedProblem)
        {
            Add("organizer.unverified", unverifiedProblem);
        }

        if (OrganizerPolicies.ChoiceProblem(organizer.Duplicates, OrganizerPolicies.DuplicateChoices) is { } duplicatesProblem)
        {
            Add("organizer.duplicates", duplicatesProblem);
        }

        if (OrganizerPolicies.ChoiceProblem(organizer.M3u, OrganizerPolicies.M3uChoices) is { } m3uProblem)
        {
            Add("organizer.m3u", m3uProblem);
        }

        problems.AddRange(OneGameOneRomRules.Problems(settings.OneGameOneRom));
        return problems;
    }

    private static bool Fraction(double value) => value is >= 0 and <= 1;
}
