using System.Buffers;
using System.Buffers.Binary;

namespace RomCurator.Core.Matching;

/// <summary>
/// Encodes titles of a kept <see cref="TitleIndex"/> (<c>dat_title_chunk</c>), in index order: for each, its entry id
/// (a zigzag varint of the difference from the previous title's, the first from zero), the hash of its title key
/// (8 bytes, little-endian), the number of its word hashes (varint) and the word hashes (8 bytes each). Read back by
/// <see cref="TitleChunkReader"/>; a chunk stands alone.
/// </summary>
public sealed class TitleChunkWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);
    private long previous;

    public int Count { get; private set; }

    public void Add(long entryId, DatTitleHashes hashes)
    {
        WriteVarint(ZigZag(entryId - previous));
        previous = entryId;
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(8), hashes.Key);
        buffer.Advance(8);
        WriteVarint((ulong)hashes.Words.Length);
        foreach (var word in hashes.Words)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(8), word);
            buffer.Advance(8);
        }

        Count++;
    }

    /// <summary>The chunk written so far; the writer starts a new one.</summary>
    public byte[] Take()
    {
        var chunk = buffer.WrittenSpan.ToArray();
        buffer.Clear();
        previous = 0;
        Count = 0;
        return chunk;
    }

    private void WriteVarint(ulong value)
    {
        var span = buffer.GetSpan(10);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        buffer.Advance(length);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
