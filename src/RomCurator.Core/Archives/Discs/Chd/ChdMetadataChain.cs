using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>
/// Walks a CHD's metadata chain (tag, flags, 3-byte length, next offset, data). A chain that loops, points past the
/// end of the file or is absurdly long is damage, reported in words.
/// </summary>
public static class ChdMetadataChain
{
    private const int MaxEntries = 10_000;
    private const long MaxTotalBytes = 4L * 1024 * 1024;

    public static IReadOnlyList<ChdMetadataEntry> Read(Stream file, ChdHeader header)
    {
        var entries = new List<ChdMetadataEntry>();
        var seen = new HashSet<long>();
        var offset = header.MetadataOffset;
        long total = 0;
        while (offset != 0)
        {
            if (!seen.Add(offset) || entries.Count >= MaxEntries)
            {
                throw new InvalidDataException("damaged: the metadata chain loops");
            }

            var head = ChdMapReader.ReadAt(file, offset, 16, "metadata");
            var tag = Encoding.ASCII.GetString(head, 0, 4);
            var length = (head[5] << 16) | (head[6] << 8) | head[7];
            total += length;
            if (total > MaxTotalBytes)
            {
                throw new InvalidDataException($"damaged: the metadata adds up to more than {MaxTotalBytes:N0} bytes");
            }

            var data = ChdMapReader.ReadAt(file, offset + 16, length, "metadata");
            entries.Add(new ChdMetadataEntry(tag, head[4], data));
            offset = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(head.AsSpan(8)), long.MaxValue);
        }

        return entries;
    }

    /// <summary>
    /// The SHA-1 a v5 header stores: SHA-1 of the data's SHA-1 followed by (tag, SHA-1 of data) of every checksummed
    /// metadata item, those 24-byte records sorted bytewise.
    /// </summary>
    public static byte[] OverallSha1(byte[] rawSha1, IReadOnlyList<ChdMetadataEntry> metadata)
    {
        var records = metadata.Where(m => m.IsChecksummed)
            .Select(m => Encoding.ASCII.GetBytes(m.Tag).Concat(SHA1.HashData(m.Data)).ToArray())
            .OrderBy(r => r, Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .ToList();
        var all = rawSha1.Concat(records.SelectMany(r => r)).ToArray();
        return SHA1.HashData(all);
    }
}
