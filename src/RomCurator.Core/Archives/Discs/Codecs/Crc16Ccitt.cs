using System.Buffers.Binary;

namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), the checksum CHD stores per hunk and for its map.
/// Eight bytes per step ("slicing by 8"): table k holds the CRC of a byte followed by k zero bytes, so the eight
/// lookups of a step are independent of each other.
/// </summary>
public static class Crc16Ccitt
{
    private static readonly ushort[][] Tables = BuildTables();

    public const ushort Initial = 0xFFFF;

    public static ushort Compute(ReadOnlySpan<byte> data) => Update(Initial, data);

    public static ushort Update(ushort crc, ReadOnlySpan<byte> data)
    {
        var t0 = Tables[0];
        var t1 = Tables[1];
        var t2 = Tables[2];
        var t3 = Tables[3];
        var t4 = Tables[4];
        var t5 = Tables[5];
        var t6 = Tables[6];
        var t7 = Tables[7];
        while (data.Length >= 8)
        {
            var word = BinaryPrimitives.ReadUInt64BigEndian(data);
            var head = (crc ^ (uint)(word >> 48)) & 0xFFFF;
            crc = (ushort)(t7[head >> 8] ^ t6[head & 0xFF]
                ^ t5[(byte)(word >> 40)] ^ t4[(byte)(word >> 32)] ^ t3[(byte)(word >> 24)]
                ^ t2[(byte)(word >> 16)] ^ t1[(byte)(word >> 8)] ^ t0[(byte)word]);
            data = data[8..];
        }

        foreach (var value in data)
        {
            crc = (ushort)((crc << 8) ^ t0[(crc >> 8) ^ value]);
        }

        return crc;
    }

    private static ushort[][] BuildTables()
    {
        var tables = new ushort[8][];
        tables[0] = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)(i << 8);
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (ushort)((crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1);
            }

            tables[0][i] = crc;
        }

        for (var k = 1; k < 8; k++)
        {
            tables[k] = new ushort[256];
            for (var i = 0; i < 256; i++)
            {
                var previous = tables[k - 1][i];
                tables[k][i] = (ushort)((previous << 8) ^ tables[0][previous >> 8]);
            }
        }

        return tables;
    }
}
