using RomCurator.Core.Review;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>Reads `review --sort NAME` into an order (the names are <see cref="ReviewOrderNames"/>'s); a wrong name is a usage error.</summary>
public static class ReviewSortOption
{
    public static ReviewOrder Parse(string? name) =>
        name is null ? ReviewOrder.File
        : ReviewOrderNames.All.FirstOrDefault(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { Name: not null } found ? found.Order
        : throw new UsageException($"'{name}' is not an order; use one of: {string.Join(", ", ReviewOrderNames.All.Select(o => o.Name))}");
}
