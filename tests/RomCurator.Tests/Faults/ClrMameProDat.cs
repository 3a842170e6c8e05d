using System.Text;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Faults;

/// <summary>Writes a clrmamepro DAT: a header, then games of one ROM each (by content, or by made-up hashes).</summary>
public sealed class ClrMameProDat
{
    private readonly StringBuilder text = new();

    public ClrMameProDat(string name, string version) =>
        text.Append($"clrmamepro (\n\tname \"{name}\"\n\tdescription \"{name}\"\n\tversion \"{version}\"\n)\n");

    public ClrMameProDat Game(string game, string romName, byte[] content, string? cloneOf = null) =>
        Game(game, romName, content.Length, Fixtures.Crc32Hex(content), Fixtures.Sha1Hex(content), cloneOf);

    public ClrMameProDat Game(string game, string romName, long size, string crc32, string sha1, string? cloneOf = null)
    {
        text.Append($"game (\n\tname \"{game}\"\n\tdescription \"{game}\"\n");
        if (cloneOf is not null)
        {
            text.Append($"\tcloneof \"{cloneOf}\"\n");
        }

        text.Append($"\trom ( name \"{romName}\" size {size} crc {crc32} sha1 {sha1} )\n)\n");
        return this;
    }

    public override string ToString() => text.ToString();
}
