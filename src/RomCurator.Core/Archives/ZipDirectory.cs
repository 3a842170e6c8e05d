using System.Buffers.Binary;
using System.Text;

namespace RomCurator.Core.Archives;

/// <summary>
/// Reads a zip's end-of-central-directory record (zip64 too) and the entries of its central directory: where each
/// member's local header starts and how many compressed bytes follow it. Only what layout checks need; the
/// archive library does the real reading.
/// </summary>
public static class ZipDirectory
{
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;
    private const long MaxDirectoryBytes = 64L * 1024 * 1024;

    public sealed record Entry(string Name, long LocalHeaderOffset, long CompressedSize);

    public sealed record EndRecord(long Position, long DirectoryOffset, long DirectorySize);

    /// <summary>The end record, or null when the file has none (a truncated zip: the record is its last bytes).</summary>
    public static EndRecord? FindEnd(Stream stream)
    {
        var length = stream.Length;
        var tailLength = (int)Math.Min(length, EndRecordLength + MaxCommentLength);
        var tail = ReadAt(stream, length - tailLength, tailLength);
        for (var at = tail.Length - EndRecordLength; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != 0x06054B50)
            {
                continue;
            }

            var position = length - tailLength + at;
            long size = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at + 12));
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at + 16));
            if ((size == uint.MaxValue || offset == uint.MaxValue) && Zip64End(stream, position) is { } zip64)
            {
                return zip64;
            }

            return new EndRecord(position, offset, size);
        }

        return null;
    }

    /// <summary>The central directory's entries, or null when it cannot be read sensibly (the library will say why).</summary>
    public static List<Entry>? ReadEntries(Stream stream, EndRecord end)
    {
        if (end.DirectoryOffset < 0 || end.DirectorySize > MaxDirectoryBytes || end.DirectoryOffset + end.DirectorySize > end.Position)
        {
            return null;
        }

        var directory = ReadAt(stream, end.DirectoryOffset, (int)end.DirectorySize);
        var entries = new List<Entry>();
        for (var at = 0; at + 46 <= directory.Length && BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at)) == 0x02014B50;)
        {
            var span = directory.AsSpan(at);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(span[20..]);
            long uncompressed = BinaryPrimitives.ReadUInt32LittleEndian(span[24..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[32..]);
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(span[42..]);
            if (at + 46 + nameLength + extraLength > directory.Length)
            {
                return null;
            }

            var name = Encoding.UTF8.GetString(span.Slice(46, nameLength));
            ReadZip64Extra(span.Slice(46 + nameLength, extraLength), ref uncompressed, ref compressed, ref offset);
            entries.Add(new Entry(name, offset, compressed));
            at += 46 + nameLength + extraLength + commentLength;
        }

        return entries;
    }

    private static EndRecord? Zip64End(Stream stream, long endPosition)
    {
        if (endPosition < 20)
        {
            return null;
        }

        var locator = ReadAt(stream, endPosition - 20, 20);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != 0x07064B50)
        {
            return null;
        }

        var recordAt = (long)BinaryPrimitives.ReadUInt64LittleEndian(locator.AsSpan(8));
        if (recordAt < 0 || recordAt + 56 > endPosition)
        {
            return null;
        }

        var record = ReadAt(stream, recordAt, 56);
        return BinaryPrimitives.ReadUInt32LittleEndian(record) == 0x06064B50
            ? new EndRecord(recordAt, (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(48)), (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(40)))
            : null;
    }

    /// <summary>Zip64 extra field (id 1): the 64-bit values of the fields that hold 0xFFFFFFFF, in this order.</summary>
    private static void ReadZip64Extra(ReadOnlySpan<byte> extra, ref long uncompressed, ref long compressed, ref long offset)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var size = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]), extra.Length - 4);
            var data = extra.Slice(4, size);
            if (id == 1)
            {
                uncompressed = Next(ref data, uncompressed);
                compressed = Next(ref data, compressed);
                offset = Next(ref data, offset);
                return;
            }

            extra = extra[(4 + size)..];
        }
    }

    private static long Next(ref ReadOnlySpan<byte> data, long value)
    {
        if (value != uint.MaxValue || data.Length < 8)
        {
            return value;
        }

        var wide = (long)BinaryPrimitives.ReadUInt64LittleEndian(data);
        data = data[8..];
        return wide;
    }

    private static byte[] ReadAt(Stream stream, long position, int count)
    {
        var buffer = new byte[count];
        stream.Position = position;
        stream.ReadExactly(buffer);
        return buffer;
    }
}
