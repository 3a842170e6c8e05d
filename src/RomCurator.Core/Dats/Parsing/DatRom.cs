namespace RomCurator.Core.Dats.Parsing;

/// <summary>One file of a DAT game: a ROM (name, size, hashes) or a disk (CHD, identified by SHA-1).</summary>
public sealed record DatRom(string Name, long? Size, string? Crc32, string? Md5, string? Sha1, string? Status, bool IsDisk);
