namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// MAME's canonical Huffman decoder (used by the CHD v5 compressed map and the "huff" codec): code lengths are
/// imported (RLE-coded or themselves Huffman-coded), canonical codes assigned longest first, and a lookup table of
/// <c>2^maxBits</c> entries decodes one symbol per peek.
/// </summary>
public sealed class HuffmanDecoder
{
    private readonly int codeCount;
    private readonly int maxBits;
    private readonly byte[] lengths;
    private readonly uint[] codes;
    private readonly ushort[] lookup;
    private HuffmanDecoder? small;

    public HuffmanDecoder(int codeCount, int maxBits)
    {
        this.codeCount = codeCount;
        this.maxBits = maxBits;
        lengths = new byte[codeCount];
        codes = new uint[codeCount];
        lookup = new ushort[1 << maxBits];
    }

    /// <summary>Reads code lengths stored as an RLE stream (1 is the escape: "1 1" is a 1, "1 v n" is n+3 times v).</summary>
    public void ImportTreeRle(ref BitReader bits)
    {
        var width = maxBits >= 16 ? 5 : maxBits >= 8 ? 4 : 3;
        Array.Clear(lengths);
        var node = 0;
        while (node < codeCount)
        {
            var value = (int)bits.Read(width);
            if (value != 1)
            {
                lengths[node++] = (byte)value;
                continue;
            }

            value = (int)bits.Read(width);
            if (value == 1)
            {
                lengths[node++] = 1;
                continue;
            }

            var repeat = (int)bits.Read(width) + 3;
            if (node + repeat > codeCount)
            {
                throw new InvalidDataException("Huffman tree: a run of code lengths goes past the last code");
            }

            while (repeat-- > 0)
            {
                lengths[node++] = (byte)value;
            }
        }

        Build(ref bits);
    }

    /// <summary>Reads code lengths coded with a small 24-symbol Huffman tree, runs of the last length RLE-coded.</summary>
    public void ImportTreeHuffman(ref BitReader bits)
    {
        // A decoder is reused hunk after hunk: nothing of the previous tree may survive into this one.
        Array.Clear(lengths);
        var small = this.small ??= new HuffmanDecoder(24, 6);
        small.lengths[0] = (byte)bits.Read(3);
        var start = (int)bits.Read(3) + 1;
        var count = 0;
        for (var index = 1; index < 24; index++)
        {
            if (index < start || count == 7)
            {
                small.lengths[index] = 0;
            }
            else
            {
                count = (int)bits.Read(3);
                small.lengths[index] = (byte)(count == 7 ? 0 : count);
            }
        }

        small.Build(ref bits);

        var runBits = 0;
        for (var temp = codeCount - 9; temp != 0; temp >>= 1)
        {
            runBits++;
        }

        var last = 0;
        var node = 0;
        while (node < codeCount)
        {
            var value = small.DecodeOne(ref bits);
            if (value != 0)
            {
                lengths[node++] = (byte)(last = value - 1);
                continue;
            }

            var repeat = (int)bits.Read(3) + 2;
            if (repeat == 9)
            {
                repeat += (int)bits.Read(runBits);
            }

            for (; repeat != 0 && node < codeCount; repeat--)
            {
                lengths[node++] = (byte)last;
            }

            if (bits.Overflowed)
            {
                break;
            }
        }

        Build(ref bits);
    }

    public int DecodeOne(ref BitReader bits)
    {
        var entry = lookup[bits.Peek(maxBits)];
        bits.Skip(entry & 0x1F);
        return entry >> 5;
    }

    private void Build(ref BitReader bits)
    {
        if (bits.Overflowed)
        {
            throw new InvalidDataException("Huffman tree: the data ends inside the tree");
        }

        AssignCanonicalCodes();
        Array.Clear(lookup);
        for (var symbol = 0; symbol < codeCount; symbol++)
        {
            var length = lengths[symbol];
            if (length == 0)
            {
                continue;
            }

            var shift = maxBits - length;
            var first = (int)(codes[symbol] << shift);
            var end = (int)((codes[symbol] + 1) << shift);
            lookup.AsSpan(first, end - first).Fill((ushort)((symbol << 5) | length));
        }
    }

    private void AssignCanonicalCodes()
    {
        Span<uint> histogram = stackalloc uint[33];
        foreach (var length in lengths)
        {
            if (length > maxBits)
            {
                throw new InvalidDataException($"Huffman tree: a code of {length} bits, above the {maxBits}-bit limit");
            }

            histogram[length]++;
        }

        uint start = 0;
        for (var length = 32; length > 0; length--)
        {
            var next = (start + histogram[length]) >> 1;
            if (length != 1 && next * 2 != start + histogram[length])
            {
                throw new InvalidDataException("Huffman tree: the code lengths do not form a complete code");
            }

            histogram[length] = start;
            start = next;
        }

        for (var symbol = 0; symbol < codeCount; symbol++)
        {
            if (lengths[symbol] > 0)
            {
                codes[symbol] = histogram[lengths[symbol]]++;
                if (codes[symbol] >= 1u << lengths[symbol])
                {
                    throw new InvalidDataException("Huffman tree: the code lengths over-fill the code space");
                }
            }
        }
    }
}
