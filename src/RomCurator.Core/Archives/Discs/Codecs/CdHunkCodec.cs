using RomCurator.Core.Archives.Discs.Cd;

namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// chdman's CD wrapper ("cdzl", "cdlz", "cdzs"): a bitmap of frames whose sync and ECC were dropped, the length of the
/// compressed sector data (2 bytes, 3 for hunks of 64 KiB or more), the sector data of every frame compressed with
/// the base codec, then the subcode of every frame compressed with the subcode codec. Frames are 2352 + 96 bytes.
/// </summary>
public sealed class CdHunkCodec(IHunkCodec sectorCodec, IHunkCodec subcodeCodec) : IHunkCodec
{
    public const int FrameSize = 2448;
    public const int SectorBytes = 2352;
    public const int SubcodeBytes = 96;

    private byte[] buffer = [];

    /// <summary>Frames whose sync and parity were regenerated so far (for diagnostics and tests).</summary>
    public long RegeneratedFrames { get; private set; }

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var frames = destination.Length / FrameSize;
        var lengthBytes = destination.Length < 65536 ? 2 : 3;
        var eccBytes = (frames + 7) / 8;
        var headerBytes = eccBytes + lengthBytes;
        if (source.Length < headerBytes)
        {
            throw new InvalidDataException("CD hunk: shorter than its header");
        }

        var sectorLength = (source[eccBytes] << 8) | source[eccBytes + 1];
        if (lengthBytes > 2)
        {
            sectorLength = (sectorLength << 8) | source[eccBytes + 2];
        }

        if (sectorLength > source.Length - headerBytes)
        {
            throw new InvalidDataException("CD hunk: the sector data is longer than the hunk");
        }

        EnsureBuffer(frames);
        var sectors = buffer.AsSpan(0, frames * SectorBytes);
        var subcodes = buffer.AsSpan(frames * SectorBytes, frames * SubcodeBytes);
        sectorCodec.Decompress(source.Slice(headerBytes, sectorLength), sectors);
        subcodeCodec.Decompress(source[(headerBytes + sectorLength)..], subcodes);
        for (var frame = 0; frame < frames; frame++)
        {
            var output = destination.Slice(frame * FrameSize, FrameSize);
            sectors.Slice(frame * SectorBytes, SectorBytes).CopyTo(output);
            subcodes.Slice(frame * SubcodeBytes, SubcodeBytes).CopyTo(output[SectorBytes..]);
            if ((source[frame / 8] & (1 << (frame % 8))) != 0)
            {
                CdSectorEcc.Regenerate(output);
                RegeneratedFrames++;
            }
        }
    }

    private void EnsureBuffer(int frames)
    {
        if (buffer.Length < frames * FrameSize)
        {
            buffer = new byte[frames * FrameSize];
        }
    }
}
