namespace RomCurator.Core.Digests;

/// <summary>A digest (CRC32, MD5 or SHA-1) as bytes with value equality; formatted to lower-case hex at the edges.</summary>
public readonly struct HashValue : IEquatable<HashValue>
{
    private readonly byte[]? bytes;

    public HashValue(byte[] bytes) => this.bytes = bytes;

    public ReadOnlySpan<byte> Bytes => bytes;

    public bool IsEmpty => bytes is null || bytes.Length == 0;

    public static HashValue FromHex(string hex) => new(Convert.FromHexString(hex));

    public static HashValue FromCrc32(uint crc) =>
        new([(byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc]);

    public string ToHex() => bytes is null ? "" : Convert.ToHexStringLower(bytes);

    public bool Equals(HashValue other) => Bytes.SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is HashValue other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    public override string ToString() => ToHex();

    public static bool operator ==(HashValue left, HashValue right) => left.Equals(right);

    public static bool operator !=(HashValue left, HashValue right) => !left.Equals(right);
}
