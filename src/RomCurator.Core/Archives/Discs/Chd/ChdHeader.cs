using System.Buffers.Binary;
using System.Text;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>The fixed 124-byte header of a CHD v5 file.</summary>
public sealed record ChdHeader(
    string[] Codecs,
    long LogicalBytes,
    long MapOffset,
    long MetadataOffset,
    int HunkBytes,
    int UnitBytes,
    byte[] RawSha1,
    byte[] Sha1,
    byte[] ParentSha1)
{
    public const int Length = 124;

    public const int MaxHunkBytes = 1024 * 1024;

    public const long MaxHunks = 4L * 1024 * 1024;

    public bool IsCompressed => Codecs.Any(c => c.Length > 0);

    public bool HasParent => ParentSha1.AsSpan().ContainsAnyExcept((byte)0);

    public long HunkCount => (LogicalBytes + HunkBytes - 1) / HunkBytes;

    /// <summary>Parses and sanity-checks the header; a reason in words when it is not a readable v5 header.</summary>
    public static ChdHeader Parse(ReadOnlySpan<byte> head, long fileLength)
    {
        if (head.Length < 16 || !head.StartsWith("MComprHD"u8))
        {
            throw new InvalidDataException("not a CHD file");
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(head[12..]);
        if (version != 5)
        {
            throw new DiscNotReadException($"not read: CHD version {version} (only version 5 is read; chdman copy converts)");
        }

        if (head.Length < Length)
        {
            throw new InvalidDataException("truncated: the CHD header is incomplete");
        }

        var codecs = new string[4];
        for (var i = 0; i < 4; i++)
        {
            var tag = head.Slice(16 + i * 4, 4);
            codecs[i] = tag.ContainsAnyExcept((byte)0) ? Encoding.ASCII.GetString(tag) : "";
        }

        var header = new ChdHeader(codecs,
            (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(head[32..]), long.MaxValue),
            (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(head[40..]), long.MaxValue),
            (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(head[48..]), long.MaxValue),
            (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(head[56..]), int.MaxValue),
            (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(head[60..]), int.MaxValue),
            head.Slice(64, 20).ToArray(), head.Slice(84, 20).ToArray(), head.Slice(104, 20).ToArray());
        if (header.HunkBytes <= 0 || header.UnitBytes <= 0 || header.HunkBytes % header.UnitBytes != 0)
        {
            throw new InvalidDataException($"damaged: impossible hunk size {header.HunkBytes} (unit {header.UnitBytes})");
        }

        // Memory stays bounded: a few hunk buffers per worker, and the map in memory (24 bytes per hunk).
        if (header.HunkBytes > MaxHunkBytes)
        {
            throw new DiscNotReadException($"not read: hunks of {header.HunkBytes:N0} bytes (more than {MaxHunkBytes:N0})");
        }

        if (header.HunkCount > MaxHunks)
        {
            throw new DiscNotReadException($"not read: {header.HunkCount:N0} hunks (more than the {MaxHunks:N0} this reader keeps in memory)");
        }

        if (header.MapOffset < Length || header.MapOffset >= fileLength)
        {
            throw new InvalidDataException(header.MapOffset >= fileLength ? "truncated: the hunk map lies past the end of the file" : "damaged: the hunk map offset is impossible");
        }

        return header;
    }
}
