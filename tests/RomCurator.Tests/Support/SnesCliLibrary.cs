namespace RomCurator.Tests.Support;

/// <summary>
/// The setup the CLI tests of review and listings share: a SNES DAT and a library folder <c>lib/</c> in a home, imported,
/// added as a root with the platform hint snes, and scanned, all through the real command line.
/// </summary>
public static class SnesCliLibrary
{
    /// <summary>Writes <paramref name="dat"/> as <c>snes.dat</c> and each file under <c>lib/</c>, then imports, adds and scans.</summary>
    public static void Scan(TempDirectory home, string dat, params (string Name, byte[] Content)[] files)
    {
        home.Write("snes.dat", dat);
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
