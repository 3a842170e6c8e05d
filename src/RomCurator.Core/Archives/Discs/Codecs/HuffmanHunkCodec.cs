namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// The "huff" codec: an 8-bit Huffman tree (itself Huffman-coded) followed by one code per byte. The decoder (its
/// 2^16-entry lookup table, 128 KiB) is kept for every hunk: allocating it per hunk put 128 KiB on the large-object
/// heap for every few KiB decoded, and the process's memory swung by tens of MB between collections.
/// </summary>
public sealed class HuffmanHunkCodec : IHunkCodec
{
    private readonly HuffmanDecoder decoder = new(256, 16);

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var bits = new BitReader(source);
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
