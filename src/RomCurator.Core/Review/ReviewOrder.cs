namespace RomCurator.Core.Review;

/// <summary>How the review queue is listed.</summary>
public enum ReviewOrder
{
    /// <summary>By file, each file's suggestions best first (the default).</summary>
    File,

    /// <summary>Most confident first.</summary>
    ConfidenceHigh,

    /// <summary>Least confident first (the doubtful ones).</summary>
    ConfidenceLow,

    /// <summary>By suggested game name.</summary>
    Game,
}
