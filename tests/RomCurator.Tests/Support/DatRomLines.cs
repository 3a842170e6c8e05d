using System.IO.Hashing;
using System.Security.Cryptography;

namespace RomCurator.Tests.Support;

/// <summary>The Logiqx <c>&lt;rom&gt;</c> elements of a set of files, in name order, with size, CRC32, MD5 and SHA-1.</summary>
public static class DatRomLines
{
    public static string Of(IEnumerable<KeyValuePair<string, byte[]>> files) =>
        string.Concat(files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
            $"""<rom name="{f.Key}" size="{f.Value.Length}" crc="{Crc32.HashToUInt32(f.Value):x8}" md5="{Convert.ToHexStringLower(MD5.HashData(f.Value))}" sha1="{Convert.ToHexStringLower(SHA1.HashData(f.Value))}"/>"""));
}
