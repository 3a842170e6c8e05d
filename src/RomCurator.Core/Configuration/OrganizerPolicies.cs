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

    /// <summary><c>organizer.m3u</c> (the default): multi-disc playlists are written with the presets in <see cref="PlaylistPresets"/> only.</summary>
    public const string M3uAuto = "auto";

    /// <summary><c>organizer.m3u</c>: the organizer writes an .m3u playlist beside the discs of each multi-disc game.</summary>
    public const string M3uOn = "on";

    /// <summary><c>organizer.m3u</c>: no playlists.</summary>
    public const string M3uOff = "off";

    public static readonly IReadOnlyList<string> M3uChoices = [M3uAuto, M3uOn, M3uOff];

    /// <summary>The presets whose front ends load a multi-disc game from its .m3u: with them, <c>auto</c> writes playlists.</summary>
    public static readonly IReadOnlyList<string> PlaylistPresets = ["es-de", "retroarch"];

    /// <summary>
    /// Whether <paramref name="settings"/> writes multi-disc playlists: "on" does, "off" does not, "auto" (or a value the
    /// validator refuses) does with a preset of <see cref="PlaylistPresets"/>.
    /// </summary>
    public static bool WritesPlaylists(OrganizerSettings settings)
    {
        var value = settings.M3u?.Trim() ?? "";
        return M3uOn.Equals(value, StringComparison.OrdinalIgnoreCase)
               || (!M3uOff.Equals(value, StringComparison.OrdinalIgnoreCase)
                   && PlaylistPresets.Contains(settings.Preset?.Trim() ?? "", StringComparer.OrdinalIgnoreCase));
    }

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
