using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using RomCurator.Tui.Shell.Prompting;

namespace RomCurator.Tests.Tui.Prompting;

public sealed class PlatformPickerTests
{
    [Test]
    public async Task Partial_words_in_any_case_find_the_platform_best_match_first()
    {
        using var fixture = new ScanFixture();
        File.WriteAllText(Path.Combine(fixture.Home, "arduboy.dat"), """
            clrmamepro ( name "Arduboy Inc - Arduboy" )
            game ( name "Space Knife" rom ( name "sk.hex" size 1 crc 00000001 ) )
            """);
        using var connection = fixture.Open();
        new RomCurator.Core.Dats.Import.DatImporter(connection).Import(Path.Combine(fixture.Home, "arduboy.dat"), null, CancellationToken.None);
        var picker = PlatformNames.Picker(connection);

        await Assert.That(picker.Live("arduboy")[0].Value).IsEqualTo("Arduboy Inc - Arduboy");
        await Assert.That(picker.Live("ARDU")[0].Value).IsEqualTo("Arduboy Inc - Arduboy");
        await Assert.That(picker.Live("snes")[0].Value).IsEqualTo("Nintendo - Super Nintendo Entertainment System");
        await Assert.That(picker.Live("game boy")[0].Value).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(picker.Live("game boy").Select(c => c.Value)).Contains("Nintendo - Game Boy Advance");
        await Assert.That(picker.Live("gameboy")[0].Value).IsEqualTo("Nintendo - Game Boy");
        await Assert.That(picker.Live("boy adv")[0].Value).IsEqualTo("Nintendo - Game Boy Advance");
        await Assert.That(picker.Live("playstation 9000")).IsEmpty();
        await Assert.That(picker.Live("  ")).IsEmpty();
        await Assert.That(picker.Complete("arduboy").Text).IsEqualTo("Arduboy Inc - Arduboy");
    }
}
