using System.Buffers.Binary;
using RomCurator.Core.Archives.Discs.Codecs;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>
/// Reads a CHD v5 hunk map. Uncompressed files have one 4-byte hunk number per hunk; compressed files store a
/// Huffman-coded stream of entry kinds (with run-length and "same as last self/parent" shortcuts) followed by
/// bit-packed lengths, self/parent references and CRC16s, the whole checked against the map's own CRC16.
/// Every entry is checked against the file: nothing points past its end, no hunk copies a later one.
/// </summary>
public static class ChdMapReader
{
    private const byte RleSmall = 7;
    private const byte RleLarge = 8;
    private const byte Self0 = 9;
    private const byte Self1 = 10;
    private const byte ParentSelf = 11;
    private const byte Parent0 = 12;
    private const byte Parent1 = 13;

    public static ChdMapEntry[] Read(Stream file, ChdHeader header)
    {
        var hunks = (int)header.HunkCount;
        return header.IsCompressed ? ReadCompressed(file, header, hunks) : ReadUncompressed(file, header, hunks);
    }

    private static ChdMapEntry[] ReadUncompressed(Stream file, ChdHeader header, int hunks)
    {
        var raw = ReadAt(file, header.MapOffset, (long)hunks * 4, "hunk map");
        var entries = new ChdMapEntry[hunks];
        for (var hunk = 0; hunk < hunks; hunk++)
        {
            var number = BinaryPrimitives.ReadUInt32BigEndian(raw.AsSpan(hunk * 4));
            if (number == 0)
            {
                entries[hunk] = header.HasParent ? new ChdMapEntry(ChdMapEntry.Parent, 0, hunk, 0) : new ChdMapEntry(ChdMapEntry.Stored, 0, 0, 0) { HasCrc = false };
                continue;
            }

            var offset = (long)number * header.HunkBytes;
            CheckInside(file, offset, header.HunkBytes, hunk);
            entries[hunk] = new ChdMapEntry(ChdMapEntry.Stored, (uint)header.HunkBytes, offset, 0) { HasCrc = false };
        }

        return entries;
    }

    private static ChdMapEntry[] ReadCompressed(Stream file, ChdHeader header, int hunks)
    {
        var mapHeader = ReadAt(file, header.MapOffset, 16, "hunk map header");
        var mapBytes = BinaryPrimitives.ReadUInt32BigEndian(mapHeader);
        var offset = (long)(BinaryPrimitives.ReadUInt64BigEndian(mapHeader.AsSpan(2)) & 0xFFFF_FFFF_FFFF);
        var expectedCrc = BinaryPrimitives.ReadUInt16BigEndian(mapHeader.AsSpan(10));
        int lengthBits = mapHeader[12], selfBits = mapHeader[13], parentBits = mapHeader[14];
        if (lengthBits > 32 || selfBits > 32 || parentBits > 32)
        {
            throw new InvalidDataException("damaged: impossible hunk map field widths");
        }

        var compressed = ReadAt(file, header.MapOffset + 16, mapBytes, "hunk map");
        var bits = new BitReader(compressed);
        var kinds = ReadKinds(ref bits, hunks);

        var entries = new ChdMapEntry[hunks];
        var crc = Crc16Ccitt.Initial;
        Span<byte> raw = stackalloc byte[12];
        long lastSelf = 0, lastParent = 0;
        var unitsPerHunk = header.HunkBytes / header.UnitBytes;
        for (var hunk = 0; hunk < hunks; hunk++)
        {
            var kind = kinds[hunk];
            uint length = 0;
            ushort hunkCrc = 0;
            var entryOffset = offset;
            switch (kind)
            {
                case <= 3:
                    if (header.Codecs[kind].Length == 0)
                    {
                        throw new InvalidDataException($"damaged: hunk {hunk} uses codec slot {kind}, which the header leaves empty");
                    }

                    length = bits.Read(lengthBits);
                    offset += length;
                    hunkCrc = (ushort)bits.Read(16);
                    break;
                case ChdMapEntry.Stored:
                    length = (uint)header.HunkBytes;
                    offset += length;
                    hunkCrc = (ushort)bits.Read(16);
                    break;
                case ChdMapEntry.Self:
                    entryOffset = lastSelf = bits.Read(selfBits);
                    break;
                case ChdMapEntry.Parent:
                    entryOffset = lastParent = bits.Read(parentBits);
                    break;
                case Self0 or Self1:
                    lastSelf += kind == Self1 ? 1 : 0;
                    kind = ChdMapEntry.Self;
                    entryOffset = lastSelf;
                    break;
                case ParentSelf:
                    kind = ChdMapEntry.Parent;
                    entryOffset = lastParent = (long)hunk * unitsPerHunk;
                    break;
                case Parent0 or Parent1:
                    lastParent += kind == Parent1 ? unitsPerHunk : 0;
                    kind = ChdMapEntry.Parent;
                    entryOffset = lastParent;
                    break;
                default:
                    throw new InvalidDataException($"damaged: hunk {hunk} has unknown map entry type {kind}");
            }

            raw[0] = kind;
            raw[1] = (byte)(length >> 16);
            raw[2] = (byte)(length >> 8);
            raw[3] = (byte)length;
            for (var i = 0; i < 6; i++)
            {
                raw[4 + i] = (byte)(entryOffset >> (40 - 8 * i));
            }

            raw[10] = (byte)(hunkCrc >> 8);
            raw[11] = (byte)hunkCrc;
            crc = Crc16Ccitt.Update(crc, raw);
            entries[hunk] = new ChdMapEntry(kind, length, entryOffset, hunkCrc);
        }

        if (bits.Overflowed)
        {
            throw new InvalidDataException("truncated: the hunk map ends early");
        }

        if (crc != expectedCrc)
        {
            throw new InvalidDataException("damaged: the hunk map fails its CRC16");
        }

        Validate(file, header, entries);
        return entries;
    }

    private static byte[] ReadKinds(ref BitReader bits, int hunks)
    {
        var decoder = new HuffmanDecoder(16, 8);
        decoder.ImportTreeRle(ref bits);
        var kinds = new byte[hunks];
        byte last = 0;
        var repeat = 0;
        for (var hunk = 0; hunk < hunks; hunk++)
        {
            if (repeat > 0)
            {
                kinds[hunk] = last;
                repeat--;
                continue;
            }

            var value = (byte)decoder.DecodeOne(ref bits);
            if (value == RleSmall)
            {
                kinds[hunk] = last;
                repeat = 2 + decoder.DecodeOne(ref bits);
            }
            else if (value == RleLarge)
            {
                kinds[hunk] = last;
                repeat = 2 + 16 + (decoder.DecodeOne(ref bits) << 4);
                repeat += decoder.DecodeOne(ref bits);
            }
            else
            {
                kinds[hunk] = last = value;
            }

            if (bits.Overflowed)
            {
                throw new InvalidDataException("truncated: the hunk map ends early");
            }
        }

        return kinds;
    }

    private static void Validate(Stream file, ChdHeader header, ChdMapEntry[] entries)
    {
        for (var hunk = 0; hunk < entries.Length; hunk++)
        {
            var entry = entries[hunk];
            switch (entry.Kind)
            {
                case ChdMapEntry.Self when entry.Offset >= hunk:
                    throw new InvalidDataException($"damaged: hunk {hunk} copies hunk {entry.Offset}, which is not an earlier one");
                case ChdMapEntry.Parent when !header.HasParent:
                    throw new InvalidDataException($"damaged: hunk {hunk} is in a parent CHD, but the header names none");
                case <= ChdMapEntry.Stored:
                    if (entry.Length > header.HunkBytes + 1024)
                    {
                        throw new InvalidDataException($"damaged: hunk {hunk} claims {entry.Length} compressed bytes");
                    }

                    CheckInside(file, entry.Offset, entry.Length, hunk);
                    break;
            }
        }
    }

    private static void CheckInside(Stream file, long offset, long length, int hunk)
    {
        if (offset < ChdHeader.Length || offset + length > file.Length)
        {
            throw new InvalidDataException(offset + length > file.Length
                ? $"truncated: hunk {hunk} lies past the end of the file (at {offset:N0} of {file.Length:N0} bytes)"
                : $"damaged: hunk {hunk} points into the header");
        }
    }

    public static byte[] ReadAt(Stream file, long offset, long length, string what)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
        {
            throw new InvalidDataException($"truncated: the {what} lies past the end of the file");
        }

        var buffer = new byte[length];
        file.Position = offset;
        file.ReadExactly(buffer);
        return buffer;
    }
}
