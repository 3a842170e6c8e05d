using System.Text;

namespace RomCurator.Tests.Core.Dats;

/// <summary>Small DATs built by the tests: clrmamepro text and MAME software lists.</summary>
public static class DatTexts
{
    /// <summary>A clrmamepro DAT: one ROM per game, named after the game, 4 bytes, the given CRC32.</summary>
    public static string ClrMamePro(string system, IEnumerable<(string Game, string Crc)> games)
    {
        var text = new StringBuilder($"clrmamepro (\n\tname \"{system}\"\n\tversion \"1\"\n)\n");
        foreach (var (game, crc) in games)
        {
            text.Append($"game (\n\tname \"{game}\"\n\trom ( name \"{Shorten(game)}.bin\" size 4 crc {crc} )\n)\n");
        }

        return text.ToString();
    }

    /// <summary>A MAME software list (hash/NAME.xml) of <paramref name="count"/> cartridges, CRC32s from <paramref name="firstCrc"/>.</summary>
    public static string SoftwareList(string name, string description, int count, int firstCrc)
    {
        var text = new StringBuilder($"""
            <?xml version="1.0"?>
            <!DOCTYPE softwarelist SYSTEM "softwarelist.dtd">
            <softwarelist name="{name}" description="{description}">

            """);
        for (var i = 0; i < count; i++)
        {
            var crc = firstCrc + i;
            text.Append($"""
                	<software name="{name}g{i}">
                		<description>Game {name} {i} (USA)</description>
                		<year>1990</year>
                		<publisher>Acme</publisher>
                		<part name="cart" interface="{name}_cart">
                			<dataarea name="rom" size="32768">
                				<rom name="{name}g{i}.bin" size="32768" crc="{crc:x8}" sha1="{crc:x40}" offset="0"/>
                				<rom size="32768" offset="0x8000" loadflag="reload"/>
                			</dataarea>
                		</part>
                	</software>

                """);
        }

        return text.Append("</softwarelist>\n").ToString();
    }

    private static string Shorten(string game) => game.Length > 40 ? game[..40] : game;
}
