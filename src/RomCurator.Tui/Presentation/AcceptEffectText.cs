using RomCurator.Core.Configuration;
using RomCurator.Core.Organizer;

namespace RomCurator.Tui.Presentation;

/// <summary>
/// One short line (under 80 columns) on what accepting a suggestion does on disk, under the current
/// <c>organizer.unverified</c>: a suggestion is a title match, so an accepted file is not verified by hash.
/// </summary>
public static class AcceptEffectText
{
    public static string Line(OrganizerSettings settings) => OrganizerPolicies.SeparatesUnverified(settings)
        ? $"Accepted files: organize moves them to <platform>/{UnverifiedLayout.Folder}/, own name kept."
        : "Accepted files stay where they are on organize (organizer.unverified: skip).";
}
