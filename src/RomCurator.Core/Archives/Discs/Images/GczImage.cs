using System.Buffers.Binary;
using System.IO.Compression;
using RomCurator.Core.Archives.Discs.Codecs;

namespace RomCurator.Core.Archives.Discs.Images;

/// <summary>
/// Dolphin's GCZ (GameCube/Wii): a 32-byte header (magic 0xB10BC001, sizes, block size and count), a 64-bit offset
/// per block (top bit: stored), an Adler-32 per block of its stored bytes, then the blocks, zlib-compressed.
/// </summary>
public sealed class GczImage : BlockImage
{
    private readonly ulong[] pointers;
    private readonly uint[] checksums;
    private readonly long dataStart;
    private readonly long compressedDataSize;

    private GczImage(Stream file, long size, int blockSize, long blocks, ulong[] pointers, uint[] checksums, long dataStart, long compressedDataSize)
        : base(file, size, blockSize, blocks)
    {
        this.pointers = pointers;
        this.checksums = checksums;
        this.dataStart = dataStart;
        this.compressedDataSize = compressedDataSize;
    }

    public static GczImage Open(Stream file)
    {
        var header = new byte[32];
        file.Position = 0;
        if (file.ReadAtLeast(header, 32, throwOnEndOfStream: false) < 32)
        {
            throw new InvalidDataException("truncated: the GCZ header is incomplete");
        }

        var compressedSize = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(8));
        var size = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16));
        var blockSize = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(24));
        var blocks = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(28));
        if (blockSize is < 512 or > 16 * 1024 * 1024 || size < 0 || compressedSize < 0 || blocks != (size + blockSize - 1) / blockSize)
        {
            throw new InvalidDataException($"damaged: impossible GCZ geometry (block size {blockSize}, {blocks} blocks, image size {size})");
        }

        var tableBytes = (long)blocks * 12;
        var dataStart = 32 + tableBytes;
        if (dataStart > file.Length || dataStart + compressedSize > file.Length)
        {
            throw new InvalidDataException("truncated: the GCZ file ends before its blocks do");
        }

        var table = new byte[tableBytes];
        file.ReadExactly(table);
        var pointers = new ulong[blocks];
        var checksums = new uint[blocks];
        for (var i = 0; i < blocks; i++)
        {
            pointers[i] = BinaryPrimitives.ReadUInt64LittleEndian(table.AsSpan(i * 8));
            checksums[i] = BinaryPrimitives.ReadUInt32LittleEndian(table.AsSpan((int)(blocks * 8 + i * 4)));
        }

        return new GczImage(file, size, blockSize, blocks, pointers, checksums, dataStart, compressedSize);
    }

    public override void ReadBlock(long block, Span<byte> destination)
    {
        const ulong storedFlag = 1UL << 63;
        var start = (long)(pointers[block] & ~storedFlag);
        var end = block + 1 < BlockCount ? (long)(pointers[block + 1] & ~storedFlag) : compressedDataSize;
        if (start < 0 || end < start || end > compressedDataSize || end - start > BlockSize + 1024L)
        {
            throw new InvalidDataException($"damaged: GCZ block {block} points outside the file");
        }

        var raw = ReadRaw(dataStart + start, (int)(end - start), block);
        if (Adler32(raw) != checksums[block])
        {
            throw new InvalidDataException($"damaged: GCZ block {block} fails its Adler-32");
        }

        if ((pointers[block] & storedFlag) != 0)
        {
            if (raw.Length < destination.Length)
            {
                throw new InvalidDataException($"damaged: stored GCZ block {block} is short");
            }

            raw.AsSpan(0, destination.Length).CopyTo(destination);
            return;
        }

        try
        {
            using var input = new MemoryStream(raw, false);
            using var inflater = new ZLibStream(input, CompressionMode.Decompress);
            HunkStreams.Fill(inflater, destination, "zlib");
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"damaged: GCZ block {block}: {error.Message}", error);
        }
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        while (data.Length > 0)
        {
            var chunk = data[..Math.Min(data.Length, 5552)];
            foreach (var value in chunk)
            {
                a += value;
                b += a;
            }

            a %= 65521;
            b %= 65521;
            data = data[chunk.Length..];
        }

        return (b << 16) | a;
    }
}
