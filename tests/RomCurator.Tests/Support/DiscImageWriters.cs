using System.Buffers.Binary;
using System.IO.Compression;

namespace RomCurator.Tests.Support;

/// <summary>Small writers of CSO (deflate), ZSO (LZ4) and GCZ (zlib) images, with stored blocks mixed in.</summary>
public static class DiscImageWriters
{
    public static byte[] Cso(byte[] iso, int blockSize, bool zso)
    {
        var blocks = (iso.Length + blockSize - 1) / blockSize;
        var header = new byte[24];
        (zso ? "ZISO"u8 : "CISO"u8).CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), 24);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), iso.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), blockSize);
        header[20] = 1;
        var index = new uint[blocks + 1];
        var body = new MemoryStream();
        long position = 24 + index.Length * 4;
        for (var block = 0; block < blocks; block++)
        {
            var raw = iso.AsSpan(block * blockSize, Math.Min(blockSize, iso.Length - block * blockSize)).ToArray();
            var packed = zso ? Lz4(raw) : Deflate(raw);
            var stored = block % 3 == 2 || packed.Length >= raw.Length;
            index[block] = (uint)position | (stored ? 0x8000_0000u : 0);
            var written = stored ? raw : packed;
            body.Write(written);
            position += written.Length;
        }

        index[blocks] = (uint)position;
        var file = new MemoryStream();
        file.Write(header);
        foreach (var entry in index)
        {
            file.Write(BitConverter.GetBytes(entry));
        }

        body.WriteTo(file);
        return file.ToArray();
    }

    public static byte[] Gcz(byte[] iso, int blockSize)
    {
        var blocks = (iso.Length + blockSize - 1) / blockSize;
        var pointers = new ulong[blocks];
        var sums = new uint[blocks];
        var body = new MemoryStream();
        for (var block = 0; block < blocks; block++)
        {
            var raw = iso.AsSpan(block * blockSize, Math.Min(blockSize, iso.Length - block * blockSize)).ToArray();
            var stored = block % 3 == 1;
            byte[] written;
            if (stored)
            {
                written = new byte[blockSize];
                raw.CopyTo(written, 0);
            }
            else
            {
                var packed = new MemoryStream();
                using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    zlib.Write(raw);
                }

                written = packed.ToArray();
            }

            pointers[block] = (ulong)body.Position | (stored ? 1UL << 63 : 0);
            sums[block] = Adler32(written);
            body.Write(written);
        }

        var header = new byte[32];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xB10BC001);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), body.Length);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(16), iso.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), blockSize);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), blocks);
        var file = new MemoryStream();
        file.Write(header);
        foreach (var pointer in pointers)
        {
            file.Write(BitConverter.GetBytes(pointer));
        }

        foreach (var sum in sums)
        {
            file.Write(BitConverter.GetBytes(sum));
        }

        body.WriteTo(file);
        return file.ToArray();
    }

    /// <summary>A disc-like image: text, runs of zeros and repeated patterns.</summary>
    public static byte[] Iso(int size, int seed)
    {
        var random = new Random(seed);
        var iso = new byte[size];
        for (var i = 0; i < size; i++)
        {
            iso[i] = (i / 5000 % 3) switch
            {
                0 => (byte)('a' + random.Next(0, 8)),
                1 => 0,
                _ => (byte)(i % 16),
            };
        }

        return iso;
    }

    private static byte[] Deflate(byte[] raw)
    {
        var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(raw);
        }

        return packed.ToArray();
    }

    /// <summary>LZ4 block: 16 literals, then one long match at distance 16 when the rest repeats them, else all literals.</summary>
    private static byte[] Lz4(byte[] raw)
    {
        var periodic = raw.Length > 32 && Enumerable.Range(16, raw.Length - 16).All(i => raw[i] == raw[i - 16]);
        var output = new List<byte>();
        if (!periodic)
        {
            Literals(output, raw, 0);
            return [.. output];
        }

        // Sequence: 16 literals + match of (length - 16 - 5) bytes; LZ4 wants the last 5 bytes as literals.
        var matchLength = raw.Length - 16 - 5;
        output.Add((byte)(0xF0 | 0x0F));
        output.Add(1); // 15 + 1 = 16 literals
        output.AddRange(raw[..16]);
        output.Add(16);
        output.Add(0);
        var rest = matchLength - 4 - 15;
        while (rest >= 255)
        {
            output.Add(255);
            rest -= 255;
        }

        output.Add((byte)rest);
        Literals(output, raw, raw.Length - 5);
        return [.. output];
    }

    private static void Literals(List<byte> output, byte[] raw, int start)
    {
        var count = raw.Length - start;
        output.Add((byte)(Math.Min(count, 15) << 4));
        if (count >= 15)
        {
            var rest = count - 15;
            while (rest >= 255)
            {
                output.Add(255);
                rest -= 255;
            }

            output.Add((byte)rest);
        }

        output.AddRange(raw[start..]);
    }

    private static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }
}
