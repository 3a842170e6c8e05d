using System.Globalization;

namespace RomCurator.Core.Matching;

/// <summary>
/// The ROM sizes of a DAT game as SQL gives them (<c>group_concat(rom_size)</c> over the game's entries): distinct,
/// ascending; none for null.
/// </summary>
public static class RomSizeList
{
    /// <summary>The select that lists them, for a query whose DAT entry is aliased <c>e</c>.</summary>
    public const string Select =
        "(SELECT group_concat(s.rom_size) FROM dat_entry s WHERE s.dat_id = e.dat_id AND s.game_name = e.game_name AND s.rom_size IS NOT NULL)";

    public static List<long> Parse(string? list) => list is null
        ? []
        : list.Split(',').Select(s => long.TryParse(s, CultureInfo.InvariantCulture, out var size) ? size : -1)
            .Where(s => s >= 0).Distinct().Order().ToList();
}
