using RomCurator.Core.Preferred;
using RomCurator.Core.Review;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>The Review pane's page as asked for: which suggestions, in which order, which page, under which 1G1R preferences.</summary>
public sealed record ReviewPageQuery(string? Filter, bool LatestOnly, ReviewOrder Order, int Page, VariantPreferences Preferences);
