using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Archives;

/// <summary>
/// Recognises archives by their first bytes (never by name): a ".zip" that is text is not an archive, and a zip
/// named ".bin" is. Weak magics (gzip, bzip2) are checked with their following fields to avoid false positives.
/// </summary>
public static class ArchiveSignature
{
    /// <summary>Bytes needed to recognise every format (tar's "ustar" sits at offset 257, NKit's "NKIT" at 512).</summary>
    public const int HeaderLength = 1024;

    public static ArchiveKind? Detect(ReadOnlySpan<byte> header)
    {
        if (StartsWith(header, [0x50, 0x4B, 0x03, 0x04]) || StartsWith(header, [0x50, 0x4B, 0x05, 0x06]) || StartsWith(header, [0x50, 0x4B, 0x07, 0x08]))
        {
            return ArchiveKind.Zip;
        }

        if (StartsWith(header, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]))
        {
            return ArchiveKind.SevenZip;
        }

        if (StartsWith(header, [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00]) || StartsWith(header, [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00]))
        {
            return ArchiveKind.Rar;
        }

        // gzip: magic, deflate method, no reserved flag bits.
        if (header.Length >= 4 && header[0] == 0x1F && header[1] == 0x8B && header[2] == 0x08 && (header[3] & 0xE0) == 0)
        {
            return ArchiveKind.GZip;
        }

        // bzip2: "BZh", block size '1'..'9', then the block magic (pi) or the end-of-stream magic (sqrt pi).
        if (header.Length >= 10 && StartsWith(header, "BZh"u8) && header[3] is >= (byte)'1' and <= (byte)'9'
            && (header[4..10].SequenceEqual((ReadOnlySpan<byte>)[0x31, 0x41, 0x59, 0x26, 0x53, 0x59])
                || header[4..10].SequenceEqual((ReadOnlySpan<byte>)[0x17, 0x72, 0x45, 0x38, 0x50, 0x90])))
        {
            return ArchiveKind.BZip2;
        }

        if (StartsWith(header, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]))
        {
            return ArchiveKind.Xz;
        }

        if (header.Length >= 262 && header[257..262].SequenceEqual("ustar"u8))
        {
            return ArchiveKind.Tar;
        }

        return Discs.DiscSignature.Detect(header);
    }

    /// <summary>
    /// Reads up to <see cref="HeaderLength"/> bytes from the start of a file, opened the checked way (a FIFO or device
    /// is refused with an <see cref="IOException"/>, never opened).
    /// </summary>
    public static byte[] ReadHeader(string path)
    {
        using var stream = CheckedFile.OpenRegular(path);
        return ReadHeader(stream);
    }

    /// <summary>Reads up to <see cref="HeaderLength"/> bytes from the current position of a stream.</summary>
    public static byte[] ReadHeader(Stream stream)
    {
        var header = new byte[HeaderLength];
        var filled = 0;
        int read;
        while (filled < header.Length && (read = stream.Read(header, filled, header.Length - filled)) > 0)
        {
            filled += read;
        }

        return header[..filled];
    }

    private static bool StartsWith(ReadOnlySpan<byte> data, ReadOnlySpan<byte> magic) => data.StartsWith(magic);
}
