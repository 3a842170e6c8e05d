using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using RomCurator.Core.Archives.Discs.Codecs;
using SharpCompress.Compressors.ZStandard;

namespace RomCurator.Tests.Support;

/// <summary>
/// Writes small CHD v5 files byte by byte for what chdman 0.251 cannot write (zstd, cdzs) and for damage at known
/// places: header, then the metadata chain, then the hunks, then the compressed map (every entry kind coded in
/// 4 bits, lengths in 24 bits, CRC16s). Hunks are compressed with Zstandard ("zstd") or with the CD wrapper
/// around it ("cdzs": no ECC dropped, sector data and subcode each a Zstandard frame).
/// </summary>
public sealed class ChdWriter
{
    public required string Codec { get; init; }

    public required int HunkBytes { get; init; }

    public required int UnitBytes { get; init; }

    public List<(string Tag, string Text)> Metadata { get; } = [];

    /// <summary>Damage on purpose, with the map's own CRC kept right: a wrong CRC16 for hunk 0, or hunks said to start further on.</summary>
    public bool WrongFirstHunkCrc { get; init; }

    public long MapOffsetShift { get; init; }

    /// <summary>File offsets of what was written, for tests that damage a part on purpose.</summary>
    public long MetadataOffset { get; private set; }

    public long FirstHunkOffset { get; private set; }

    public long MapOffset { get; private set; }

    public byte[] Write(byte[] data)
    {
        var hunks = (data.Length + HunkBytes - 1) / HunkBytes;
        var file = new MemoryStream();
        file.Write(new byte[124]);

        MetadataOffset = Metadata.Count == 0 ? 0 : file.Position;
        for (var i = 0; i < Metadata.Count; i++)
        {
            var value = Encoding.ASCII.GetBytes(Metadata[i].Text + "\0");
            var head = new byte[16];
            Encoding.ASCII.GetBytes(Metadata[i].Tag).CopyTo(head, 0);
            head[4] = 1;
            head[5] = (byte)(value.Length >> 16);
            head[6] = (byte)(value.Length >> 8);
            head[7] = (byte)value.Length;
            var next = i + 1 < Metadata.Count ? file.Position + 16 + value.Length : 0;
            BinaryPrimitives.WriteInt64BigEndian(head.AsSpan(8), next);
            file.Write(head);
            file.Write(value);
        }

        FirstHunkOffset = file.Position;
        var entries = new List<(uint Length, ushort Crc)>();
        for (var hunk = 0; hunk < hunks; hunk++)
        {
            var raw = new byte[HunkBytes];
            data.AsSpan(hunk * HunkBytes, Math.Min(HunkBytes, data.Length - hunk * HunkBytes)).CopyTo(raw);
            var packed = Codec == "cdzs" ? CdZstd(raw) : Zstd(raw);
            file.Write(packed);
            entries.Add(((uint)packed.Length, (ushort)(Crc16Ccitt.Compute(raw) ^ (WrongFirstHunkCrc && hunk == 0 ? 1 : 0))));
        }

        MapOffset = file.Position;
        var bits = new BitWriter();
        bits.Write(1, 4);
        bits.Write(4, 4);
        bits.Write(13, 4); // 16 symbols of 4 bits: kind k is coded as k
        foreach (var _ in entries)
        {
            bits.Write(0, 4);
        }

        var mapCrc = Crc16Ccitt.Initial;
        var offset = FirstHunkOffset + MapOffsetShift;
        foreach (var (length, crc) in entries)
        {
            bits.Write(length, 24);
            bits.Write(crc, 16);
            var raw = new byte[12];
            raw[1] = (byte)(length >> 16);
            raw[2] = (byte)(length >> 8);
            raw[3] = (byte)length;
            for (var i = 0; i < 6; i++)
            {
                raw[4 + i] = (byte)(offset >> (40 - 8 * i));
            }

            raw[10] = (byte)(crc >> 8);
            raw[11] = (byte)crc;
            mapCrc = Crc16Ccitt.Update(mapCrc, raw);
            offset += length;
        }

        var map = bits.ToArray();
        var mapHeader = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(mapHeader, (uint)map.Length);
        for (var i = 0; i < 6; i++)
        {
            mapHeader[4 + i] = (byte)((FirstHunkOffset + MapOffsetShift) >> (40 - 8 * i));
        }

        BinaryPrimitives.WriteUInt16BigEndian(mapHeader.AsSpan(10), mapCrc);
        mapHeader[12] = 24;
        file.Write(mapHeader);
        file.Write(map);

        var bytes = file.ToArray();
        var header = bytes.AsSpan(0, 124);
        "MComprHD"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32BigEndian(header[8..], 124);
        BinaryPrimitives.WriteUInt32BigEndian(header[12..], 5);
        Encoding.ASCII.GetBytes(Codec).CopyTo(header[16..]);
        BinaryPrimitives.WriteInt64BigEndian(header[32..], data.Length);
        BinaryPrimitives.WriteInt64BigEndian(header[40..], MapOffset);
        BinaryPrimitives.WriteInt64BigEndian(header[48..], MetadataOffset);
        BinaryPrimitives.WriteInt32BigEndian(header[56..], HunkBytes);
        BinaryPrimitives.WriteInt32BigEndian(header[60..], UnitBytes);
        var rawSha1 = SHA1.HashData(data);
        rawSha1.CopyTo(header[64..]);
        var records = Metadata.Select(m => Encoding.ASCII.GetBytes(m.Tag).Concat(SHA1.HashData(Encoding.ASCII.GetBytes(m.Text + "\0"))).ToArray())
            .OrderBy(r => Convert.ToHexString(r), StringComparer.Ordinal);
        SHA1.HashData(rawSha1.Concat(records.SelectMany(r => r)).ToArray()).CopyTo(header[84..]);
        return bytes;
    }

    private static byte[] Zstd(ReadOnlySpan<byte> raw)
    {
        using var compressor = new Compressor(3);
        return compressor.Wrap(raw).ToArray();
    }

    private static byte[] CdZstd(byte[] raw)
    {
        var frames = raw.Length / 2448;
        var sectors = new byte[frames * 2352];
        var subcode = new byte[frames * 96];
        for (var frame = 0; frame < frames; frame++)
        {
            raw.AsSpan(frame * 2448, 2352).CopyTo(sectors.AsSpan(frame * 2352));
            raw.AsSpan(frame * 2448 + 2352, 96).CopyTo(subcode.AsSpan(frame * 96));
        }

        var packedSectors = Zstd(sectors);
        var packedSubcode = Zstd(subcode);
        var eccBytes = (frames + 7) / 8;
        var result = new byte[eccBytes + 2 + packedSectors.Length + packedSubcode.Length];
        result[eccBytes] = (byte)(packedSectors.Length >> 8);
        result[eccBytes + 1] = (byte)packedSectors.Length;
        packedSectors.CopyTo(result, eccBytes + 2);
        packedSubcode.CopyTo(result, eccBytes + 2 + packedSectors.Length);
        return result;
    }

    /// <summary>CD data laid out as a CHD stores it: 2448-byte frames (sector data at the start, audio big-endian), tracks padded to four frames.</summary>
    public static byte[] CdData(params (byte[] Data, int SectorBytes, bool Audio)[] tracks)
    {
        var frames = new List<byte[]>();
        foreach (var (data, sectorBytes, audio) in tracks)
        {
            var count = data.Length / sectorBytes;
            for (var i = 0; i < count; i++)
            {
                var frame = new byte[2448];
                data.AsSpan(i * sectorBytes, sectorBytes).CopyTo(frame);
                if (audio)
                {
                    for (var j = 0; j < 2352; j += 2)
                    {
                        (frame[j], frame[j + 1]) = (frame[j + 1], frame[j]);
                    }
                }

                frames.Add(frame);
            }

            while (frames.Count % 4 != 0)
            {
                frames.Add(new byte[2448]);
            }
        }

        return frames.SelectMany(f => f).ToArray();
    }

    private sealed class BitWriter
    {
        private readonly List<byte> bytes = [];
        private int used = 8;

        public void Write(uint value, int count)
        {
            for (var bit = count - 1; bit >= 0; bit--)
            {
                if (used == 8)
                {
                    bytes.Add(0);
                    used = 0;
                }

                if (((value >> bit) & 1) != 0)
                {
                    bytes[^1] |= (byte)(0x80 >> used);
                }

                used++;
            }
        }

        public byte[] ToArray() => [.. bytes, 0, 0, 0, 0];
    }
}
