namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// The "lzma" codec: a raw LZMA stream with no properties header and no end marker. chdman encodes with the SDK's
/// level-9 settings (lc 3, lp 0, pb 2) and a dictionary sized to the hunk, so the decoder uses the same properties.
/// </summary>
public sealed class LzmaHunkCodec(int hunkBytes) : IHunkCodec
{
    // The dictionary only has to hold one hunk, which is all a hunk's matches can reach.
    private readonly LzmaDecoder decoder = new(lc: 3, lp: 0, pb: 2);

    public int HunkBytes { get; } = hunkBytes;

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination) => decoder.Decode(source, destination);
}
