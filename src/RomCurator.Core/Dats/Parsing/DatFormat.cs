namespace RomCurator.Core.Dats.Parsing;

/// <summary>The DAT dialects RomCurator reads.</summary>
public enum DatFormat
{
    Logiqx,
    ClrMamePro,

    /// <summary>EverDrive pack SMDB: <c>sha256 TAB path TAB sha1 TAB md5 TAB crc32</c> per line.</summary>
    Smdb,
}
