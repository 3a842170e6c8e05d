namespace RomCurator.Core.Dats.Import;

/// <summary>
/// MAME software lists (hash/NAME.xml) by the platform they hold, as the platforms' short names: "megadriv" is the
/// Mega Drive, "gameboy" the Game Boy. A list not named here resolves through the platform names and aliases.
/// </summary>
public static class SoftwareListPlatforms
{
    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nes"] = "nes", ["famicom_cass"] = "nes", ["famicom_flop"] = "fds", ["nes_ade"] = "nes", ["nes_datach"] = "nes",
        ["nes_kstudio"] = "nes", ["nes_ntbrom"] = "nes",
        ["snes"] = "snes", ["snes_bspack"] = "satellaview", ["snes_strom"] = "sufami", ["snes_vkun"] = "snes",
        ["n64"] = "n64", ["n64dd"] = "n64dd",
        ["gameboy"] = "gb", ["gbcolor"] = "gbc", ["gba"] = "gba", ["vboy"] = "vb", ["pokemini"] = "pokemini",
        ["sg1000"] = "sg1000", ["sc3000_cart"] = "sg1000", ["sms"] = "sms", ["gamegear"] = "gg",
        ["megadriv"] = "md", ["genesis"] = "md", ["megadrij"] = "md", ["32x"] = "32x",
        ["segacd"] = "segacd", ["megacd"] = "segacd", ["megacdj"] = "segacd", ["saturn"] = "saturn", ["dc"] = "dc",
        ["pico"] = "pico",
        ["pce"] = "pce", ["tg16"] = "pce", ["sgx"] = "sgx", ["pcecd"] = "pcecd",
        ["ngp"] = "ngp", ["ngpc"] = "ngpc", ["neocd"] = "neocd",
        ["wswan"] = "ws", ["wscolor"] = "wsc",
        ["a2600"] = "a2600", ["a5200"] = "a5200", ["a7800"] = "a7800", ["lynx"] = "lynx", ["jaguar"] = "jaguar",
        ["a800"] = "atari800",
        ["coleco"] = "coleco", ["intv"] = "intv", ["vectrex"] = "vectrex", ["odyssey2"] = "odyssey2", ["videopac"] = "odyssey2",
        ["channelf"] = "channelf", ["svision"] = "supervision",
        ["psx"] = "psx", ["3do_m2"] = "3do",
    };

    /// <summary>The short name of the platform a software list holds, or null when the list is not known here.</summary>
    public static string? ShortName(string listName) => ShortNames.GetValueOrDefault(listName.Trim());
}
