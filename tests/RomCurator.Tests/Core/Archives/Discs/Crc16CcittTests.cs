using System.Text;
using RomCurator.Core.Archives.Discs.Codecs;

namespace RomCurator.Tests.Core.Archives.Discs;

/// <summary>The sliced CRC-16/CCITT-FALSE gives the catalogue's check value and equals a bit-by-bit CRC at every length.</summary>
public sealed class Crc16CcittTests
{
    [Test]
    public async Task The_check_value_of_123456789_is_29B1()
    {
        await Assert.That(Crc16Ccitt.Compute(Encoding.ASCII.GetBytes("123456789"))).IsEqualTo((ushort)0x29B1);
    }

    [Test]
    public async Task Every_length_and_split_equals_the_bitwise_crc()
    {
        var random = new Random(16);
        var data = new byte[300];
        random.NextBytes(data);
        for (var length = 0; length <= data.Length; length++)
        {
            var slice = data.AsSpan(0, length);
            var split = length / 3;
            var expected = Bitwise(slice);
            await Assert.That(Crc16Ccitt.Compute(data.AsSpan(0, length))).IsEqualTo(expected);
            await Assert.That(Crc16Ccitt.Update(Crc16Ccitt.Compute(data.AsSpan(0, split)), data.AsSpan(split, length - split))).IsEqualTo(expected);
        }
    }

    private static ushort Bitwise(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFF;
        foreach (var value in data)
        {
            crc ^= value << 8;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }

        return (ushort)crc;
    }
}
