namespace RomCurator.Core.Review;

/// <summary>
/// Everything the review pane (and `review show`) shows for one file: its content and size (and, headered, its
/// size without the header), what its header says, the automatic link matching made (if any), every suggestion with
/// the size of the DAT's ROM, and the runner-up of the best suggestion with how far behind it is.
/// </summary>
public sealed record ReviewDetails(
    string File,
    string Sha1,
    string? Crc32,
    long Size,
    IReadOnlyList<KeyValuePair<string, string>> Metadata,
    IReadOnlyList<ReviewSuggestion> Suggestions,
    long? HeaderlessSize = null,
    string? HeaderType = null,
    string? LinkedGame = null,
    double? LinkedConfidence = null)
{
    /// <summary>The suggestion after the best, by confidence (null: only one).</summary>
    public ReviewSuggestion? RunnerUp => Suggestions.Count > 1 ? Suggestions[1] : null;

    /// <summary>How far the runner-up is behind the best suggestion (null: no runner-up).</summary>
    public double? RunnerUpMargin => RunnerUp is { } second ? Math.Round(Suggestions[0].Confidence - second.Confidence, 4) : null;
}
