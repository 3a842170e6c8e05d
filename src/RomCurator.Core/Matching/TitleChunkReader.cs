using System.Buffers.Binary;
using System.IO.Hashing;

namespace RomCurator.Core.Matching;

/// <summary>
/// Reads back the titles of one chunk <see cref="TitleChunkWriter"/> wrote, in the order they were added; a chunk cut
/// short, garbled, or kept under another number than <c>number</c> (its checksum does not hold) throws
/// <see cref="InvalidDataException"/>.
/// </summary>
public ref struct TitleChunkReader
{
    private ReadOnlySpan<byte> rest;
    private long previous;

    public TitleChunkReader(ReadOnlySpan<byte> chunk, long number)
    {
        if (chunk.Length < sizeof(ulong))
        {
            throw new InvalidDataException("a kept title chunk is too short to hold its checksum");
        }

        rest = chunk[..^sizeof(ulong)];
        if (XxHash3.HashToUInt64(rest, number) != BinaryPrimitives.ReadUInt64LittleEndian(chunk[^sizeof(ulong)..]))
        {
            throw new InvalidDataException($"kept title chunk {number} does not match its checksum");
        }
    }

    /// <summary>The next title's entry id, key hash and number of word hashes (read them with <see cref="NextWord"/>); false at the end.</summary>
    public bool Next(out long entryId, out ulong key, out int words)
    {
        if (rest.IsEmpty)
        {
            entryId = 0;
            key = 0;
            words = 0;
            return false;
        }

        var zigzag = ReadVarint();
        previous += (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
        entryId = previous;
        key = ReadUInt64();
        var count = ReadVarint();
        if (count > (ulong)rest.Length / 8)
        {
            throw new InvalidDataException("a kept title chunk lists more word hashes than it holds");
        }

        words = (int)count;
        return true;
    }

    public ulong NextWord() => ReadUInt64();

    private ulong ReadUInt64()
    {
        if (rest.Length < 8)
        {
            throw new InvalidDataException("a kept title chunk ends in the middle of a hash");
        }

        var value = BinaryPrimitives.ReadUInt64LittleEndian(rest);
        rest = rest[8..];
        return value;
    }

    private ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 63 || rest.IsEmpty)
            {
                throw new InvalidDataException("a kept title chunk has a malformed number");
            }

            var next = rest[0];
            rest = rest[1..];
            value |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
    }
}
