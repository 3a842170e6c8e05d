namespace RomCurator.Core.Dats.Parsing;

/// <summary>The DAT dialects RomCurator reads.</summary>
public enum DatFormat
{
    Logiqx,
    ClrMamePro,
}
