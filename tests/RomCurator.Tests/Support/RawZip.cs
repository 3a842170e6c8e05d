using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace RomCurator.Tests.Support;

/// <summary>
/// Writes a zip byte by byte, so a test can declare anything in its headers: a member's method, the bytes stored for
/// it (valid deflate data or not), the size and CRC32 the headers claim. Local headers and the central directory
/// always agree with each other.
/// </summary>
public static class RawZip
{
    public const ushort Stored = 0;
    public const ushort Deflated = 8;

    /// <summary>One member as the headers describe it and the bytes that follow its local header.</summary>
    public sealed record Member(string Name, ushort Method, byte[] Data, long DeclaredSize, uint DeclaredCrc);

    /// <summary>A member whose headers tell the truth about <paramref name="content"/>, deflated or stored.</summary>
    public static Member Honest(string name, byte[] content, bool deflate = true) =>
        new(name, deflate ? Deflated : Stored, deflate ? Deflate(content) : content, content.Length, Crc32.HashToUInt32(content));

    public static byte[] Deflate(byte[] content)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return output.ToArray();
    }

    public static byte[] Build(params Member[] members)
    {
        using var zip = new MemoryStream();
        var offsets = new List<long>();
        foreach (var member in members)
        {
            offsets.Add(zip.Position);
            var name = Encoding.UTF8.GetBytes(member.Name);
            var header = new byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), member.Method);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(12), 0x21);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(14), member.DeclaredCrc);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(18), (uint)member.Data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(22), (uint)member.DeclaredSize);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(26), (ushort)name.Length);
            zip.Write(header);
            zip.Write(name);
            zip.Write(member.Data);
        }

        var directoryStart = zip.Position;
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            var name = Encoding.UTF8.GetBytes(member.Name);
            var header = new byte[46];
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(6), 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(10), member.Method);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(14), 0x21);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(16), member.DeclaredCrc);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(20), (uint)member.Data.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(24), (uint)member.DeclaredSize);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(28), (ushort)name.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(42), (uint)offsets[i]);
            zip.Write(header);
            zip.Write(name);
        }

        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)members.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)members.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)(zip.Position - directoryStart));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)directoryStart);
        zip.Write(end);
        return zip.ToArray();
    }
}
