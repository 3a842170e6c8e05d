using System.Security;
using System.Text;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Faults;

/// <summary>Writes a Logiqx XML DAT: a header, then games of one ROM each, clones naming their parent.</summary>
public sealed class LogiqxDat
{
    private readonly StringBuilder text = new();

    public LogiqxDat(string name, string version) => text.Append(
        $"<?xml version=\"1.0\"?>\n<datafile>\n\t<header>\n\t\t<name>{Escape(name)}</name>\n\t\t<description>{Escape(name)}</description>\n" +
        $"\t\t<version>{Escape(version)}</version>\n\t</header>\n");

    public LogiqxDat Game(string game, string romName, long size, string crc32, string sha1, string? cloneOf = null)
    {
        var clone = cloneOf is null ? "" : $" cloneof=\"{Escape(cloneOf)}\"";
        text.Append($"\t<game name=\"{Escape(game)}\"{clone}>\n\t\t<description>{Escape(game)}</description>\n");
        text.Append($"\t\t<rom name=\"{Escape(romName)}\" size=\"{size}\" crc=\"{crc32}\" sha1=\"{sha1}\"/>\n\t</game>\n");
        return this;
    }

    public LogiqxDat Game(string game, string romName, byte[] content, string? cloneOf = null) =>
        Game(game, romName, content.Length, Fixtures.Crc32Hex(content), Fixtures.Sha1Hex(content), cloneOf);

    public override string ToString() => text + "</datafile>\n";

    private static string Escape(string value) => SecurityElement.Escape(value);
}
