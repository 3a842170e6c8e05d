namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>Decodes one raw LZ4 block (no frame header), as ZSO and CSO v2 store them, refusing any out-of-range copy.</summary>
public static class Lz4BlockDecoder
{
    /// <summary>Returns the number of bytes written to <paramref name="destination"/>.</summary>
    public static int Decode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var input = 0;
        var output = 0;
        while (input < source.Length)
        {
            var token = source[input++];
            var literals = ReadLength(source, ref input, token >> 4);
            if (literals > source.Length - input || literals > destination.Length - output)
            {
                throw new InvalidDataException("LZ4: literals run past the block");
            }

            source.Slice(input, literals).CopyTo(destination[output..]);
            input += literals;
            output += literals;
            if (input == source.Length)
            {
                break;
            }

            if (input + 2 > source.Length)
            {
                throw new InvalidDataException("LZ4: the block ends inside a match");
            }

            var distance = source[input] | (source[input + 1] << 8);
            input += 2;
            var length = ReadLength(source, ref input, token & 0x0F) + 4;
            if (distance == 0 || distance > output || length > destination.Length - output)
            {
                throw new InvalidDataException("LZ4: a match points outside the block");
            }

            for (var i = 0; i < length; i++)
            {
                destination[output + i] = destination[output - distance + i];
            }

            output += length;
        }

        return output;
    }

    private static int ReadLength(ReadOnlySpan<byte> source, ref int input, int length)
    {
        if (length != 15)
        {
            return length;
        }

        byte next;
        do
        {
            if (input >= source.Length)
            {
                throw new InvalidDataException("LZ4: the block ends inside a length");
            }

            next = source[input++];
            length += next;
            if (length > 1 << 28)
            {
                throw new InvalidDataException("LZ4: impossible length");
            }
        }
        while (next == 255);
        return length;
    }
}
