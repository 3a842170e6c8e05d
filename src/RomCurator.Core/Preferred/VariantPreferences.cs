using RomCurator.Core.Configuration;

namespace RomCurator.Core.Preferred;

/// <summary>
/// The curator's 1G1R preferences: regions and languages best first, and the kinds (Beta, Proto, Demo, Pirate, Unl,
/// BIOS…) a retail copy wins over, normalized as DAT names are read.
/// </summary>
public sealed record VariantPreferences(IReadOnlyList<string> Regions, IReadOnlyList<string> Languages, IReadOnlySet<string> Avoid)
{
    /// <summary>The preferences of the settings; a word that is not a region, language or kind is left out (validation reports it).</summary>
    public static VariantPreferences From(OneGameOneRomSettings settings) => new(
        OneGameOneRomRules.Words(settings.Regions).Select(OneGameOneRomRules.Region).OfType<string>().Distinct().ToList(),
        OneGameOneRomRules.Words(settings.Languages).Select(OneGameOneRomRules.Language).OfType<string>().Distinct().ToList(),
        OneGameOneRomRules.Words(settings.Avoid).Select(OneGameOneRomRules.Kind).OfType<string>().ToHashSet(StringComparer.Ordinal));
}
