using SharpCompress.Compressors.LZMA;

namespace RomCurator.Core.Discs.Codecs;

/// <summary>
/// The "lzma" codec: a raw LZMA stream with no properties header and no end marker. chdman encodes with the SDK's
/// level-9 settings (lc 3, lp 0, pb 2) and a dictionary sized to the hunk, so the decoder derives the same properties.
/// </summary>
public sealed class LzmaHunkCodec(int hunkBytes) : IHunkCodec
{
    private readonly byte[] properties = Properties(hunkBytes);

    public unsafe void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        fixed (byte* pointer = source)
        {
            using var input = new UnmanagedMemoryStream(pointer, source.Length);
            using var decoder = LzmaStream.Create(properties, input, source.Length, destination.Length, leaveOpen: true);
            HunkStreams.Fill(decoder, destination, "LZMA");
        }
    }

    /// <summary>Properties byte (pb*5+lp)*9+lc, then the dictionary size the SDK picks for this many bytes.</summary>
    private static byte[] Properties(int bytes)
    {
        var dictionary = 1u << 26;
        for (var i = 11; i <= 30; i++)
        {
            if ((uint)bytes <= 2u << i)
            {
                dictionary = 2u << i;
                break;
            }

            if ((uint)bytes <= 3u << i)
            {
                dictionary = 3u << i;
                break;
            }
        }

        dictionary = Math.Min(dictionary, 1u << 26);
        return [(2 * 5 + 0) * 9 + 3, (byte)dictionary, (byte)(dictionary >> 8), (byte)(dictionary >> 16), (byte)(dictionary >> 24)];
    }
}
