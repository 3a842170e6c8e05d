namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>The "flac" codec: a byte 'L' or 'B' (the sample byte order), then raw stereo 16-bit FLAC frames.</summary>
public sealed class FlacHunkCodec : IHunkCodec
{
    private readonly FlacFrameDecoder decoder = new();

    public void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (source.Length < 1 || source[0] is not ((byte)'L' or (byte)'B'))
        {
            throw new InvalidDataException("FLAC hunk: unknown byte order marker");
        }

        decoder.Decode(source[1..], destination, 2, bigEndian: source[0] == (byte)'B');
    }
}
