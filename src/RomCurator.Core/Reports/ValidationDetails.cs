namespace RomCurator.Core.Reports;

/// <summary>Why a file needs attention, in the words `validate` and the Validate pane show (the query returns the facts).</summary>
public static class ValidationDetails
{
    /// <summary>A present file (or member) whose content matches no DAT entry.</summary>
    public static string Unmatched(bool hasSuggestions) =>
        hasSuggestions ? "has suggestions in the review queue" : "no DAT entry and no suggestion";

    /// <summary>A file record under a removed root, or missing since a scan (<paramref name="lastSeen"/>: when it was last seen, if known).</summary>
    public static string Stale(bool rootRemoved, string? lastSeen) =>
        rootRemoved ? "its root was removed" : $"missing since {lastSeen ?? "an earlier scan"}";
}
