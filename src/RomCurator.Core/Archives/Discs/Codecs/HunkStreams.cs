namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>Reads a decompressing stream into a hunk buffer, insisting on exactly the expected length.</summary>
public static class HunkStreams
{
    public static void Fill(Stream decompressed, Span<byte> destination, string codec)
    {
        var filled = 0;
        while (filled < destination.Length)
        {
            var read = decompressed.Read(destination[filled..]);
            if (read == 0)
            {
                throw new InvalidDataException($"{codec} data ends after {filled} of {destination.Length} bytes");
            }

            filled += read;
        }
    }
}
