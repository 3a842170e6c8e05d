namespace RomCurator.Tests.Support;

/// <summary>
/// A deflate stream (one block, fixed Huffman codes) whose very first symbol copies 258 bytes from 24,577 bytes back,
/// before anything has been inflated: invalid ("distance too far back" to zlib). An inflater that does not check
/// distances copies whatever its window buffer held before. Then one 'x' and <see cref="Runs"/> copies of it, which
/// overwrite that window region, so a window reused by the next read holds other bytes there.
/// </summary>
public static class FarDistanceDeflate
{
    public const int Runs = 40;

    /// <summary>How many bytes the stream inflates to, if the far copy is (wrongly) carried out.</summary>
    public const int InflatedLength = 258 + 1 + Runs * 258;

    public static byte[] Build()
    {
        var bits = new BitWriter();
        bits.Write(1, 1); // BFINAL
        bits.Write(1, 2); // BTYPE 01: fixed Huffman codes
        CopyOf258(bits, distanceCode: 29, extraBits: 13, extra: 0); // distance 24,577: nothing is that far back yet
        bits.WriteCode(0x30 + 'x', 8); // the literal 'x'
        for (var i = 0; i < Runs; i++)
        {
            CopyOf258(bits, distanceCode: 0, extraBits: 0, extra: 0); // distance 1: more 'x'
        }

        bits.WriteCode(0, 7); // end of block (symbol 256)
        return bits.ToArray();
    }

    private static void CopyOf258(BitWriter bits, int distanceCode, int extraBits, int extra)
    {
        bits.WriteCode(0xC0 + (285 - 280), 8); // length symbol 285: 258 bytes, no extra bits
        bits.WriteCode(distanceCode, 5);
        bits.Write(extra, extraBits);
    }

    /// <summary>Deflate's bit order: values least significant bit first, Huffman codes most significant bit first.</summary>
    private sealed class BitWriter
    {
        private readonly List<byte> bytes = [];
        private int bitCount;

        public void Write(int value, int count)
        {
            for (var i = 0; i < count; i++)
            {
                Append((value >> i) & 1);
            }
        }

        public void WriteCode(int code, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                Append((code >> i) & 1);
            }
        }

        public byte[] ToArray() => [.. bytes];

        private void Append(int bit)
        {
            if (bitCount % 8 == 0)
            {
                bytes.Add(0);
            }

            bytes[^1] |= (byte)(bit << (bitCount % 8));
            bitCount++;
        }
    }
}
