using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;

namespace RomCurator.Core.Matching;

/// <summary>
/// Encodes titles of a kept <see cref="TitleIndex"/> (<c>dat_title_chunk</c>), in index order: for each, its entry id
/// (a zigzag varint of the difference from the previous title's, the first from zero), the hash of its title key
/// (8 bytes, little-endian), the number of its word hashes (varint) and the word hashes (8 bytes each); then the
/// XXH3 checksum of all that, seeded with the chunk's number (8 bytes, little-endian): a chunk damaged, cut short or
/// read at another place does not pass for a kept one. Read back by <see cref="TitleChunkReader"/>; a chunk stands alone.
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

    /// <summary>The chunk written so far, to be kept as chunk <paramref name="number"/>; the writer starts a new one.</summary>
    public byte[] Take(long number)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.GetSpan(8), XxHash3.HashToUInt64(buffer.WrittenSpan, number));
        buffer.Advance(8);
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
