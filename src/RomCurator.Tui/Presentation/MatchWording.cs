namespace RomCurator.Tui.Presentation;

/// <summary>
/// How the summaries word title matches: a title link that waits in review is a suggestion, not a match — "0 by title
/// (+1 suggested by title, waiting for review)" — so "by title" counts only the links that settled.
/// </summary>
public static class MatchWording
{
    /// <summary>"N by title", with the links waiting in review (<paramref name="inReview"/>, part of <paramref name="matchedTitle"/>) named apart.</summary>
    public static string ByTitle(long matchedTitle, long inReview)
    {
        var waiting = Math.Clamp(inReview, 0, matchedTitle);
        var settled = $"{matchedTitle - waiting:N0} by title";
        return waiting > 0 ? settled + $" (+{waiting:N0} suggested by title, waiting for review)" : settled;
    }
}
