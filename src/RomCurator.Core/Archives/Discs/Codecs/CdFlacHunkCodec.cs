namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// chdman's "cdfl": the sector data of every frame as big-endian stereo 16-bit FLAC frames, then the subcode of every
/// frame as raw deflate, which starts right after the last FLAC frame.
/// </summary>
public sealed class CdFlacHunkCodec : IHunkCodec
{
    private readonly FlacFrameDecoder flac = new();
    private readonly ZlibHunkCodec zlib = new();
    private byte[] buffer = [];

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var frames = destination.Length / CdHunkCodec.FrameSize;
        if (buffer.Length < frames * CdHunkCodec.FrameSize)
        {
            buffer = new byte[frames * CdHunkCodec.FrameSize];
        }

        var sectors = buffer.AsSpan(0, frames * CdHunkCodec.SectorBytes);
        var subcodes = buffer.AsSpan(frames * CdHunkCodec.SectorBytes, frames * CdHunkCodec.SubcodeBytes);
        var consumed = flac.Decode(source, sectors, 2, bigEndian: true);
        zlib.Decompress(source[consumed..], subcodes);
        for (var frame = 0; frame < frames; frame++)
        {
            var output = destination.Slice(frame * CdHunkCodec.FrameSize, CdHunkCodec.FrameSize);
            sectors.Slice(frame * CdHunkCodec.SectorBytes, CdHunkCodec.SectorBytes).CopyTo(output);
            subcodes.Slice(frame * CdHunkCodec.SubcodeBytes, CdHunkCodec.SubcodeBytes).CopyTo(output[CdHunkCodec.SectorBytes..]);
        }
    }
}
