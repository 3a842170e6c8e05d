namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>The hunk codecs CHD v5 names by four-character tag; null for a tag this reader does not know.</summary>
public static class ChdCodecs
{
    public static IHunkCodec? Create(string tag, int hunkBytes)
    {
        var frames = hunkBytes / CdHunkCodec.FrameSize;
        var sectorBytes = frames * CdHunkCodec.SectorBytes;
        var isCd = tag.StartsWith("cd", StringComparison.Ordinal);
        if (isCd && (frames == 0 || hunkBytes % CdHunkCodec.FrameSize != 0))
        {
            return null;
        }

        return tag switch
        {
            "zlib" => new ZlibHunkCodec(),
            "lzma" => new LzmaHunkCodec(hunkBytes),
            "huff" => new HuffmanHunkCodec(),
            "flac" => new FlacHunkCodec(),
            "zstd" => new ZstdHunkCodec(),
            "cdzl" => new CdHunkCodec(new ZlibHunkCodec(), new ZlibHunkCodec()),
            "cdlz" => new CdHunkCodec(new LzmaHunkCodec(sectorBytes), new ZlibHunkCodec()),
            "cdzs" => new CdHunkCodec(new ZstdHunkCodec(), new ZstdHunkCodec()),
            "cdfl" => new CdFlacHunkCodec(),
            _ => null,
        };
    }
}
