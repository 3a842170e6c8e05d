namespace RomCurator.Tests.Support;

/// <summary>
/// The setup the CLI tests of review and listings share: a SNES DAT and a library folder <c>lib/</c> in a home, imported,
/// added as a root with the platform hint snes, and scanned, all through the real command line.
/// </summary>
public static class SnesCliLibrary
{
    /// <summary>The clrmamepro header line of the DAT.</summary>
    public const string Header = "clrmamepro ( name \"Nintendo - Super Nintendo Entertainment System\" )";

    /// <summary>
    /// Writes <c>snes.dat</c> (the <see cref="Header"/> line, then <paramref name="games"/>) and each file under
    /// <c>lib/</c>, then imports, adds and scans.
    /// </summary>
    public static void Scan(TempDirectory home, string games, params (string Name, byte[] Content)[] files)
    {
        home.Write("snes.dat", Header + "\n" + games);
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(home.Write("lib/" + name, ""), content);
        }

        ImportAndScan(home);
    }

    /// <summary>Imports <c>snes.dat</c>, adds <c>lib/</c> as a root with the platform hint snes, and scans it.</summary>
    public static void ImportAndScan(TempDirectory home)
    {
        CliRun.Invoke(home, "dat", "import", home.File("snes.dat"));
        CliRun.Invoke(home, "roots", "add", home.File("lib"), "--platform", "snes");
        CliRun.Invoke(home, "scan");
    }
}
