namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>
/// Where one hunk lives: <see cref="Kind"/> is 0-3 (codec slot), 4 stored, 5 copy of hunk <see cref="Offset"/>,
/// 6 in the parent CHD; otherwise a file offset and a compressed length, with the CRC16 of the hunk's data.
/// </summary>
public readonly record struct ChdMapEntry(byte Kind, uint Length, long Offset, ushort Crc)
{
    public const byte Stored = 4;
    public const byte Self = 5;
    public const byte Parent = 6;

    /// <summary>An uncompressed CHD's entry: no CRC to check (the data SHA-1 covers it).</summary>
    public bool HasCrc { get; init; } = true;
}
