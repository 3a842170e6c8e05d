using System.Buffers.Binary;
using System.IO.Compression;
using RomCurator.Core.Archives.Discs.Codecs;

namespace RomCurator.Core.Archives.Discs.Images;

/// <summary>
/// CSO ("CISO", PSP) and ZSO ("ZISO") images: a 24-byte header (size, block size, version, index shift), then one
/// 32-bit index entry per block plus one, each an offset (shifted) whose top bit marks a stored block — in CSO v2 it
/// marks LZ4 instead, and a block as long as the block size is stored. CSO blocks are raw deflate, ZSO blocks LZ4.
/// </summary>
public sealed class CsoImage : BlockImage
{
    private readonly uint[] index;
    private readonly int shift;
    private readonly bool lz4;
    private readonly int version;

    private CsoImage(Stream file, long size, int blockSize, long blocks, uint[] index, int shift, bool lz4, int version)
        : base(file, size, blockSize, blocks)
    {
        this.index = index;
        this.shift = shift;
        this.lz4 = lz4;
        this.version = version;
    }

    public static CsoImage Open(Stream file)
    {
        var header = new byte[24];
        file.Position = 0;
        if (file.ReadAtLeast(header, 24, throwOnEndOfStream: false) < 24)
        {
            throw new InvalidDataException("truncated: the CSO header is incomplete");
        }

        var zso = header.AsSpan(0, 4).SequenceEqual("ZISO"u8);
        var size = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(8));
        var blockSize = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(16));
        var version = header[20];
        var shift = header[21];
        if (blockSize is < 512 or > 16 * 1024 * 1024 || (blockSize & (blockSize - 1)) != 0 || size < 0 || shift > 31)
        {
            throw new InvalidDataException($"damaged: impossible CSO geometry (block size {blockSize}, image size {size})");
        }

        var blocks = (size + blockSize - 1) / blockSize;
        var indexBytes = (blocks + 1) * 4;
        if (24 + indexBytes > file.Length)
        {
            throw new InvalidDataException("truncated: the CSO block index lies past the end of the file");
        }

        var raw = new byte[indexBytes];
        file.ReadExactly(raw);
        var index = new uint[blocks + 1];
        for (var i = 0; i < index.Length; i++)
        {
            index[i] = BinaryPrimitives.ReadUInt32LittleEndian(raw.AsSpan(i * 4));
        }

        return new CsoImage(file, size, blockSize, blocks, index, shift, zso, version);
    }

    public override void ReadBlock(long block, Span<byte> destination)
    {
        var start = (long)(index[block] & 0x7FFF_FFFF) << shift;
        var end = (long)(index[block + 1] & 0x7FFF_FFFF) << shift;
        var flagged = (index[block] & 0x8000_0000) != 0;
        if (end < start || end > File.Length)
        {
            throw new InvalidDataException($"damaged: CSO block {block} points outside the file (bytes {start:N0}..{end:N0} of {File.Length:N0})");
        }

        var length = (int)Math.Min(end - start, BlockSize + 64L);
        var stored = version >= 2 ? length >= BlockSize : flagged;
        var useLz4 = lz4 || (version >= 2 && flagged);
        var raw = ReadRaw(start, stored ? destination.Length : length, block);
        if (stored)
        {
            raw.CopyTo(destination);
            return;
        }

        if (useLz4)
        {
            if (Lz4BlockDecoder.Decode(raw, destination) != destination.Length)
            {
                throw new InvalidDataException($"damaged: CSO block {block} expands to less than a block");
            }

            return;
        }

        try
        {
            new ZlibHunkCodec().Decompress(raw, destination);
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"damaged: CSO block {block}: {error.Message}", error);
        }
    }
}
