using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Matching;

/// <summary>
/// The 64-bit hash a <see cref="TitleIndex"/> files words and title keys under instead of the strings themselves.
/// Two different words sharing a hash would make them look alike to the index; with 64 bits and a few million
/// distinct words that chance is about one in ten million per platform.
/// </summary>
public static class TitleHash
{
    public static ulong Of(ReadOnlySpan<char> text) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text));
}
