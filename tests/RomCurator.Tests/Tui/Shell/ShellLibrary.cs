using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using RomCurator.Core.Dats.Import;
using RomCurator.Tests.Support;
using RomCurator.Tui.Shell;
using Terminal.Gui.Input;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>
/// A scanned library for the full-screen interface, on an 80×24 headless terminal: a SNES root with a file that is
/// only suggested by title (Zelda) and one that matches nothing, and a GB root with a file matched by hash that
/// the organizer wants to move.
/// </summary>
public sealed class ShellLibrary : IDisposable
{
    public ShellLibrary(int width = 80, int height = 24)
    {
        Fixture = new ScanFixture();
        var snesDat = Path.Combine(Fixture.Home, "snes.dat");
        File.WriteAllText(snesDat, """
            clrmamepro ( name "Nintendo - Super Nintendo Entertainment System" version "1" )
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "c.sfc" size 4096 crc 00000003 ) )
            """);
        var rom = Fixtures.Bytes(4096, 40);
        var gbDat = Path.Combine(Fixture.Home, "gb.dat");
        File.WriteAllText(gbDat, $"""
            clrmamepro ( name "Nintendo - Game Boy" )
            game ( name "Game 0 (USA)" rom ( name "Game 0 (USA).gb" size {rom.Length} sha1 {Convert.ToHexStringLower(SHA1.HashData(rom))} ) )
            """);
        Fixture.Write("snes/Zelda (Japan).sfc", Fixtures.Bytes(4096, 3));
        Fixture.Write("snes/Unknown Hack.sfc", Fixtures.Bytes(64, 5));
        GameBoyFile = Fixture.Write("gb/incoming/g0.gb", rom);
        Connection = Fixture.Open();
        new DatImporter(Connection).Import(snesDat, null, CancellationToken.None);
        new DatImporter(Connection).Import(gbDat, null, CancellationToken.None);
        Fixture.AddRoot(Path.Combine(Fixture.Library, "snes"), platform: "snes");
        Fixture.AddRoot(Path.Combine(Fixture.Library, "gb"));
        Fixture.Scan();
        Terminal = new HeadlessTerminal(app => new MainWindow(app, Connection, Fixture.Settings, Fixture.AppPaths), width, height);
    }

    public ScanFixture Fixture { get; }

    public SqliteConnection Connection { get; }

    public HeadlessTerminal Terminal { get; }

    public MainWindow Window => (MainWindow)Terminal.Root;

    public string GameBoyFile { get; }

    public string Screen => Terminal.Screen;

    public ShellLibrary Press(params Key[] keys)
    {
        Terminal.Press(keys);
        return this;
    }

    /// <summary>Types text into whatever has the focus.</summary>
    public ShellLibrary Type(string text)
    {
        Terminal.Type(text);
        return this;
    }

    /// <summary>Answers the prompt line: clears it, types the text, presses Enter.</summary>
    public ShellLibrary Answer(string text)
    {
        Terminal.Press(Key.U.WithCtrl).Type(text).Press(Key.Enter);
        return this;
    }

    /// <summary>
    /// Plays a pane's main-loop timer until <paramref name="done"/> (the headless clock does not advance); the caller
    /// asserts on what shows (the wait gives up only after <see cref="Wait.HangGuard"/>).
    /// </summary>
    public void Until(Func<bool> tick, Func<bool> done) => Wait.Eventually(() =>
    {
        tick();
        Terminal.Press();
    }, done);

    public void Dispose()
    {
        Terminal.Dispose();
        Connection.Dispose();
        Fixture.Dispose();
    }
}
