namespace RomCurator.Core.Review;

/// <summary>
/// One suggestion for a file, open or decided: the game, confidence, the reason (the naming rules that fired, the size
/// comparison, the platform evidence), the decision, its candidate number and the sizes of the DAT game's ROMs.
/// </summary>
public sealed record ReviewSuggestion(string Game, double Confidence, string? Reason, string? Decision, long CandidateId = 0,
    IReadOnlyList<long>? RomSizes = null);
