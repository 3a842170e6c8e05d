using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace RomCurator.Core.Archives;

/// <summary>
/// Proves that a gzip file was read to its real end. .NET's reader (zlib) checks every member's CRC32, but a file
/// cut short just ends early, silently. A complete file ends with its last member's trailer: the CRC32 and size
/// (mod 2^32) of that member's data. With one member (the usual case) the trailer describes all the data; with
/// several, the last member is the data's last "size" bytes, whose CRC32 takes a second decompression to check.
/// </summary>
public static class GzipTrailer
{
    private const int TrailerLength = 8;
    private const int SmallestMember = 18;

    /// <param name="container">The whole gzip file (seekable).</param>
    /// <param name="crc">The CRC32 of all the data decompressed from it.</param>
    /// <param name="length">How many bytes were decompressed from it.</param>
    public static void Verify(Stream container, uint crc, long length, CancellationToken cancellation)
    {
        if (container.Length < SmallestMember)
        {
            throw Truncated();
        }

        Span<byte> trailer = stackalloc byte[TrailerLength];
        container.Position = container.Length - TrailerLength;
        container.ReadExactly(trailer);
        var lastCrc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var lastSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if (lastCrc == crc && lastSize == (uint)length)
        {
            return;
        }

        for (long size = lastSize; size < length; size += 1L << 32)
        {
            if (CrcOfTail(container, length - size, cancellation) == lastCrc)
            {
                return;
            }
        }

        throw Truncated();
    }

    private static ArchiveDamagedException Truncated() =>
        new(null, "truncated or damaged: the gzip data does not end with a valid trailer (the file ends too early or has junk after it)");

    private static uint CrcOfTail(Stream container, long skip, CancellationToken cancellation)
    {
        container.Position = 0;
        using var gzip = new GZipStream(container, CompressionMode.Decompress, leaveOpen: true);
        var crc = new Crc32();
        var buffer = new byte[81920];
        long position = 0;
        int read;
        while ((read = gzip.Read(buffer)) > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var start = (int)Math.Clamp(skip - position, 0, read);
            crc.Append(buffer.AsSpan(start, read - start));
            position += read;
        }

        return crc.GetCurrentHashAsUInt32();
    }
}
