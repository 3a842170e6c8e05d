namespace RomCurator.Core.Organizer;

/// <summary>The folder names front ends expect for each platform, by preset; the canonical name otherwise.</summary>
public static class PlatformFolders
{
    private static readonly Dictionary<string, string> EsDe = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Nintendo - Nintendo Entertainment System"] = "nes", ["Nintendo - Family Computer Disk System"] = "fds",
        ["Nintendo - Super Nintendo Entertainment System"] = "snes", ["Nintendo - Nintendo 64"] = "n64",
        ["Nintendo - Game Boy"] = "gb", ["Nintendo - Game Boy Color"] = "gbc", ["Nintendo - Game Boy Advance"] = "gba",
        ["Nintendo - Nintendo DS"] = "nds", ["Nintendo - Virtual Boy"] = "virtualboy", ["Nintendo - GameCube"] = "gc",
        ["Nintendo - Wii"] = "wii", ["Nintendo - Pokemon Mini"] = "pokemini", ["Sega - SG-1000"] = "sg-1000",
        ["Sega - Master System - Mark III"] = "mastersystem", ["Sega - Game Gear"] = "gamegear",
        ["Sega - Mega Drive - Genesis"] = "megadrive", ["Sega - 32X"] = "sega32x", ["Sega - Mega-CD - Sega CD"] = "segacd",
        ["Sega - Saturn"] = "saturn", ["Sega - Dreamcast"] = "dreamcast", ["NEC - PC Engine - TurboGrafx-16"] = "pcengine",
        ["NEC - PC Engine SuperGrafx"] = "supergrafx", ["NEC - PC Engine CD - TurboGrafx-CD"] = "pcenginecd",
        ["SNK - Neo Geo Pocket"] = "ngp", ["SNK - Neo Geo Pocket Color"] = "ngpc", ["Bandai - WonderSwan"] = "wonderswan",
        ["Bandai - WonderSwan Color"] = "wonderswancolor", ["Atari - 2600"] = "atari2600", ["Atari - 5200"] = "atari5200",
        ["Atari - 7800"] = "atari7800", ["Atari - Lynx"] = "atarilynx", ["Atari - Jaguar"] = "atarijaguar",
        ["Coleco - ColecoVision"] = "colecovision", ["Mattel - Intellivision"] = "intellivision", ["GCE - Vectrex"] = "vectrex",
        ["Sony - PlayStation"] = "psx", ["Sony - PlayStation 2"] = "ps2", ["Sony - PlayStation Portable"] = "psp",
        ["Arcade - MAME"] = "arcade",
    };

    /// <summary>The presets and their templates: "es-de" (EmulationStation-DE folders), "retroarch" (playlist names).</summary>
    public static readonly IReadOnlyDictionary<string, string> PresetTemplates = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["es-de"] = "{platform}/{title}{ext}",
        ["retroarch"] = "{platform}/{title}{ext}",
        ["by-letter"] = "{platform}/{letter}/{title}{ext}",
    };

    public static string Folder(string platformName, string? preset) =>
        preset is not null && preset.Equals("es-de", StringComparison.OrdinalIgnoreCase) && EsDe.TryGetValue(platformName, out var folder)
            ? folder
            : platformName;
}
