namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>The "huff" codec: an 8-bit Huffman tree (itself Huffman-coded) followed by one code per byte.</summary>
public sealed class HuffmanHunkCodec : IHunkCodec
{
    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var bits = new BitReader(source);
        var decoder = new HuffmanDecoder(256, 16);
        decoder.ImportTreeHuffman(ref bits);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = (byte)decoder.DecodeOne(ref bits);
        }

        if (bits.Overflowed)
        {
            throw new InvalidDataException("Huffman data ends before the hunk is complete");
        }
    }
}
