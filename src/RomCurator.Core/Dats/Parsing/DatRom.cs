namespace RomCurator.Core.Dats.Parsing;

/// <summary>One file of a DAT game: a ROM (name, size, hashes) or a disk (CHD, identified by SHA-1); <see cref="Line"/> is where it is listed.</summary>
public sealed record DatRom(string Name, long? Size, string? Crc32, string? Md5, string? Sha1, string? Status, bool IsDisk, int Line = 0)
{
    public bool HasHash => Crc32 is not null || Md5 is not null || Sha1 is not null;
}
