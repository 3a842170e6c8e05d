using System.Xml;

namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// The element and attribute names a Logiqx DAT repeats for every game, taken from the reader's name table: the
/// reader hands back these same strings, so comparing a name is a reference check.
/// </summary>
public sealed class LogiqxNames(XmlNameTable names)
{
    public string Name { get; } = names.Add("name");

    public string CloneOf { get; } = names.Add("cloneof");

    public string RomOf { get; } = names.Add("romof");

    public string IsBios { get; } = names.Add("isbios");

    public string Description { get; } = names.Add("description");

    public string Rom { get; } = names.Add("rom");

    public string Disk { get; } = names.Add("disk");

    public string Size { get; } = names.Add("size");

    public string Crc { get; } = names.Add("crc");

    public string Md5 { get; } = names.Add("md5");

    public string Sha1 { get; } = names.Add("sha1");

    public string Status { get; } = names.Add("status");

    public string LoadFlag { get; } = names.Add("loadflag");
}
