using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The Review pane lists a file's equally confident suggestions as the details do: the curator's preferred variant first.</summary>
public sealed class ReviewPreferenceTests
{
    [Test]
    public async Task A_file_s_tied_suggestions_are_listed_preferred_variant_first_under_the_current_preferences()
    {
        using var library = new ShellLibrary(width: 100);
        var dat = Path.Combine(library.Fixture.Home, "tetris.dat");
        File.WriteAllText(dat, """
            clrmamepro ( name "Nintendo - Game Boy" version "2" )
            game ( name "Tetris (USA)" rom ( name "Tetris (USA).gb" size 4096 crc 00000011 ) )
            game ( name "Tetris (Japan)" rom ( name "Tetris (Japan).gb" size 4096 crc 00000012 ) )
            """);
        new DatImporter(library.Connection).Import(dat, null, CancellationToken.None);
        library.Fixture.Write("gb/Tetris.gb", Fixtures.Bytes(4096, 21));
        library.Fixture.Scan(); // Matched under the shipped preferences: the USA release was suggested first.

        var shipped = library.Press(Key.D5).ReviewShown().Screen;
        library.Fixture.Settings.Settings.OneGameOneRom.Regions = "Japan, USA";
        library.Press(Key.D1).Press(Key.D5).ReviewShown();
        var japanFirst = library.Screen;

        await Assert.That(shipped).Contains("Tetris (Japan)");
        await Assert.That(shipped.IndexOf("Tetris (USA)", StringComparison.Ordinal)).IsLessThan(shipped.IndexOf("Tetris (Japan)", StringComparison.Ordinal));
        await Assert.That(japanFirst).Contains("Tetris (USA)");
        await Assert.That(japanFirst.IndexOf("Tetris (Japan)", StringComparison.Ordinal)).IsLessThan(japanFirst.IndexOf("Tetris (USA)", StringComparison.Ordinal));
    }
}
