using System.Buffers.Binary;
using System.Runtime.InteropServices;
using RomCurator.Core.Archives;
using RomCurator.Core.Archives.Discs.Cd;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>
/// One track's file as chdman extractcd writes it: the first <see cref="CdTrack.DataSize"/> bytes of each of the
/// track's frames (no subcode, no CHD padding), audio samples swapped back to little-endian.
/// </summary>
public sealed class ChdTrackStream(ChdDataCursor cursor, CdTrack track, int frameBytes) : ForwardOnlyStream
{
    private readonly byte[] frame = new byte[track.DataSize];
    private long frameIndex;
    private int frameOffset = track.DataSize;
    private long position;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (frameOffset == frame.Length)
            {
                if (frameIndex == track.FileFrames)
                {
                    break;
                }

                // Whole frames go straight into the caller's buffer; a frame cut by the buffer's end goes through ours.
                var direct = buffer.Length - written >= frame.Length;
                var target = direct ? buffer.Slice(written, frame.Length) : frame;
                cursor.Read((track.FirstFrame + frameIndex) * frameBytes, target);
                if (track.IsAudio)
                {
                    var samples = MemoryMarshal.Cast<byte, ushort>(target);
                    BinaryPrimitives.ReverseEndianness(samples, samples);
                }

                frameIndex++;
                if (direct)
                {
                    written += frame.Length;
                    continue;
                }

                frameOffset = 0;
            }

            var take = Math.Min(buffer.Length - written, frame.Length - frameOffset);
            frame.AsSpan(frameOffset, take).CopyTo(buffer[written..]);
            frameOffset += take;
            written += take;
        }

        position += written;
        return written;
    }
}
