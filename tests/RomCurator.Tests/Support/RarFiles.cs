using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;

namespace RomCurator.Tests.Support;

/// <summary>
/// Writes RAR 4.x archives byte by byte (Debian ships no rar writer; 7z only reads rar): members are stored
/// (method 0x30), optionally encrypted the RAR 3.x way (AES-128-CBC, key from SHA-1 over the UTF-16 password
/// and an 8-byte salt, 2^18 rounds). Enough for real, readable rar files to damage on purpose.
/// </summary>
public static class RarFiles
{
    private const ushort LongBlock = 0x8000;
    private const ushort Encrypted = 0x0004;
    private const ushort HasSalt = 0x0400;
    private const int Rounds = 1 << 18;

    /// <summary>The offset of the first member's data in an archive made by <see cref="Stored"/> with a short name.</summary>
    public static int FirstDataOffset(string memberName) => 7 + 13 + 32 + Encoding.UTF8.GetByteCount(memberName);

    public static byte[] Stored(params (string Name, byte[] Content)[] members) => Build(null, members);

    public static byte[] Encrypt(string password, params (string Name, byte[] Content)[] members) => Build(password, members);

    private static byte[] Build(string? password, (string Name, byte[] Content)[] members)
    {
        using var output = new MemoryStream();
        output.Write("Rar!\u001a\u0007\0"u8);
        Block(output, 0x73, 0, new byte[6]);
        foreach (var (name, content) in members)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var salt = password is null ? [] : SHA1.HashData(nameBytes)[..8];
            var data = password is null ? content : AesEncrypt(password, salt, content);
            using var body = new MemoryStream();
            using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write((uint)data.Length);
                writer.Write((uint)content.Length);
                writer.Write((byte)0); // host OS: MS-DOS
                writer.Write(Crc32.HashToUInt32(content));
                writer.Write(0x58220000u); // DOS time: 2024-01-02 00:00
                writer.Write((byte)29); // version needed: 2.9
                writer.Write((byte)0x30); // method: store
                writer.Write((ushort)nameBytes.Length);
                writer.Write(0x20u); // attributes: archive
                writer.Write(nameBytes);
                writer.Write(salt);
            }

            Block(output, 0x74, (ushort)(LongBlock | (password is null ? 0 : Encrypted | HasSalt)), body.ToArray());
            output.Write(data);
        }

        Block(output, 0x7B, 0x4000, []);
        return output.ToArray();
    }

    /// <summary>One header block: CRC16 (the low half of the CRC32 of the rest), type, flags, size, body.</summary>
    private static void Block(Stream output, byte type, ushort flags, byte[] body)
    {
        var size = (ushort)(7 + body.Length);
        byte[] header = [type, (byte)flags, (byte)(flags >> 8), (byte)size, (byte)(size >> 8), .. body];
        var crc = (ushort)Crc32.HashToUInt32(header);
        output.Write([(byte)crc, (byte)(crc >> 8)]);
        output.Write(header);
    }

    private static byte[] AesEncrypt(string password, byte[] salt, byte[] content)
    {
        var (key, iv) = DeriveKey(password, salt);
        using var aes = Aes.Create();
        aes.Key = key;
        var padded = new byte[(content.Length + 15) / 16 * 16];
        content.CopyTo(padded, 0);
        return aes.EncryptCbc(padded, iv, PaddingMode.None);
    }

    /// <summary>RAR 3.x key derivation: SHA-1 over (password as UTF-16LE + salt + round number) 2^18 times.</summary>
    private static (byte[] Key, byte[] Iv) DeriveKey(string password, byte[] salt)
    {
        byte[] raw = [.. Encoding.Unicode.GetBytes(password), .. salt];
        using var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        var iv = new byte[16];
        for (var round = 0; round < Rounds; round++)
        {
            sha1.AppendData(raw);
            sha1.AppendData([(byte)round, (byte)(round >> 8), (byte)(round >> 16)]);
            if (round % (Rounds / 16) == 0)
            {
                iv[round / (Rounds / 16)] = sha1.GetCurrentHash()[19];
            }
        }

        var digest = sha1.GetHashAndReset();
        var key = new byte[16];
        for (var word = 0; word < 4; word++)
        {
            for (var b = 0; b < 4; b++)
            {
                // Each big-endian 32-bit word of the digest is stored little-endian.
                key[word * 4 + b] = digest[word * 4 + 3 - b];
            }
        }

        return (key, iv);
    }
}
