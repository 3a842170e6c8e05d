namespace RomCurator.Core.Digests;

/// <summary>
/// Recognises the headers that dumps of some systems carry in front of the ROM data (iNES/NES 2.0, fwNES FDS,
/// Atari Lynx, Atari 7800, SNES copier headers). DATs list ROMs with or without them, so both hashes are kept.
/// </summary>
public static class CopierHeader
{
    /// <summary>The kind and length of the header at the start of <paramref name="start"/>, or null.</summary>
    public static (string Kind, int Length)? Detect(ReadOnlySpan<byte> start, long size)
    {
        if (start.StartsWith("NES\x1A"u8) && size > 16)
        {
            return ((start.Length > 7 && (start[7] & 0x0C) == 0x08) ? "nes2.0" : "ines", 16);
        }

        if (start.StartsWith("FDS\x1A"u8) && size > 16)
        {
            return ("fwnes", 16);
        }

        if (start.StartsWith("LYNX\0"u8) && size > 64)
        {
            return ("lynx", 64);
        }

        if (start.Length > 10 && start[1..10].SequenceEqual("ATARI7800"u8) && size > 128)
        {
            return ("a7800", 128);
        }

        // SNES copier headers (SMC/SWC/FIG) are 512 bytes of mostly zeros before ROM banks of 1 KiB multiples.
        if (size > 512 && size % 1024 == 512 && start.Length >= 512 && IsMostlyZero(start[8..512]))
        {
            return ("snes-copier", 512);
        }

        return null;
    }

    private static bool IsMostlyZero(ReadOnlySpan<byte> bytes)
    {
        var zeros = 0;
        foreach (var b in bytes)
        {
            zeros += b == 0 ? 1 : 0;
        }

        return zeros >= bytes.Length * 9 / 10;
    }
}
