namespace RomCurator.Core.Review;

/// <summary>Everything the review pane shows for one file: its content, what its header says, every suggestion.</summary>
public sealed record ReviewDetails(
    string File,
    string Sha1,
    string? Crc32,
    long Size,
    IReadOnlyList<KeyValuePair<string, string>> Metadata,
    IReadOnlyList<ReviewSuggestion> Suggestions);

/// <summary>One suggestion for a file, open or decided.</summary>
public sealed record ReviewSuggestion(string Game, double Confidence, string? Reason, string? Decision);
