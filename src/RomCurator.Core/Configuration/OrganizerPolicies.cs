namespace RomCurator.Core.Configuration;

/// <summary>The values of the organizer's policy settings (checked when the settings are set and loaded).</summary>
public static class OrganizerPolicies
{
    /// <summary><c>organizer.unverified</c>: a file accepted in review but not verified by hash moves into an Unverified folder.</summary>
    public const string UnverifiedSeparate = "separate";

    /// <summary><c>organizer.unverified</c>: a file accepted in review but not verified by hash stays where it is.</summary>
    public const string UnverifiedSkip = "skip";

    public static readonly IReadOnlyList<string> UnverifiedChoices = [UnverifiedSeparate, UnverifiedSkip];

    /// <summary><c>organizer.duplicates</c>: extra copies of one content stay where they are (the default).</summary>
    public const string DuplicatesKeep = "keep";

    /// <summary><c>organizer.duplicates</c>: extra copies of one content in a root move into its <c>_duplicates</c> folder.</summary>
    public const string DuplicatesMove = "move";

    public static readonly IReadOnlyList<string> DuplicateChoices = [DuplicatesKeep, DuplicatesMove];

    /// <summary>Whether <paramref name="settings"/> moves extra copies aside (only "move" does; anything else keeps them).</summary>
    public static bool MovesDuplicates(OrganizerSettings settings) =>
        DuplicatesMove.Equals(settings.Duplicates?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="settings"/> moves accepted, unverified files (a value the validator refuses counts as the default).</summary>
    public static bool SeparatesUnverified(OrganizerSettings settings) =>
        !UnverifiedSkip.Equals(settings.Unverified?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="value"/> is not one of <paramref name="choices"/>, or null when it is (case does not matter).</summary>
    public static string? ChoiceProblem(string? value, IReadOnlyList<string> choices) =>
        choices.Contains(value?.Trim() ?? "", StringComparer.OrdinalIgnoreCase)
            ? null
            : $"'{value}' is not one of: {string.Join(", ", choices)}";
}
