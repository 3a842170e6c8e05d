using RomCurator.Core.Archives.Discs.Codecs;

namespace RomCurator.Core.Archives.Discs.Chd;

/// <summary>
/// Decompresses one CHD hunk at a time into a caller's buffer and checks its CRC16. A hunk that copies an earlier
/// one is read again from that one (the last copied hunk is kept, since runs of silence all copy the same hunk).
/// One reader per thread; readers may share the file (reads of it are serialised on the stream).
/// <see cref="Prefetch"/> reads the compressed bytes of a run of hunks with one read of the file, as chdman lays
/// them out one after the other: a DVD's 4 KiB hunks would otherwise cost one system call each.
/// </summary>
public sealed class ChdHunkReader : IDisposable
{
    private readonly Stream file;
    private readonly ChdHeader header;
    private readonly ChdMapEntry[] map;
    private readonly IHunkCodec?[] codecs = new IHunkCodec?[4];
    private byte[] compressed = [];
    private readonly byte[] copied;
    private long copiedHunk = -1;
    private byte[] window = [];
    private long windowStart;
    private int windowLength;

    public ChdHunkReader(Stream file, ChdHeader header, ChdMapEntry[] map)
    {
        this.file = file;
        this.header = header;
        this.map = map;
        copied = new byte[header.HunkBytes];
        for (var slot = 0; slot < 4; slot++)
        {
            if (header.Codecs[slot].Length > 0 && map.Any(e => e.Kind == slot))
            {
                codecs[slot] = ChdCodecs.Create(header.Codecs[slot], header.HunkBytes)
                    ?? throw new DiscNotReadException($"not read: CHD codec '{header.Codecs[slot]}' is not supported");
            }
        }
    }

    /// <summary>Frames whose CD sync and parity were regenerated, over every CD codec in use.</summary>
    public long RegeneratedFrames => codecs.OfType<CdHunkCodec>().Sum(c => c.RegeneratedFrames);

    /// <summary>
    /// Reads the file bytes of hunks <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1
    /// with one read when they lie close together (at most twice their decoded size); <see cref="Read"/> then takes
    /// them from memory. Hunks outside what was read are read on their own, as without a prefetch.
    /// </summary>
    public void Prefetch(long first, int count)
    {
        windowLength = 0;
        long start = long.MaxValue, end = 0;
        for (var hunk = first; hunk < first + count; hunk++)
        {
            var entry = map[hunk];
            if (entry.Kind <= ChdMapEntry.Stored && entry.Offset > 0)
            {
                start = Math.Min(start, entry.Offset);
                end = Math.Max(end, entry.Offset + entry.Length);
            }
        }

        if (end <= start || end - start > 2L * count * header.HunkBytes + 4096)
        {
            return;
        }

        var length = (int)(end - start);
        if (window.Length < length)
        {
            window = new byte[2L * count * header.HunkBytes + 4096];
        }

        lock (file)
        {
            file.Position = start;
            windowLength = file.ReadAtLeast(window.AsSpan(0, length), length, throwOnEndOfStream: false);
        }

        windowStart = start;
    }

    public void Read(long hunk, Span<byte> destination)
    {
        var entry = map[hunk];
        if (entry.Kind == ChdMapEntry.Self)
        {
            if (copiedHunk != entry.Offset)
            {
                ReadOwn(entry.Offset, map[entry.Offset], copied);
                copiedHunk = entry.Offset;
            }

            copied.CopyTo(destination);
            return;
        }

        ReadOwn(hunk, entry, destination);
    }

    private void ReadOwn(long hunk, ChdMapEntry entry, Span<byte> destination)
    {
        if (entry.Kind == ChdMapEntry.Parent)
        {
            throw new DiscNotReadException("needs its parent CHD, which is not read");
        }

        if (entry.Kind == ChdMapEntry.Self)
        {
            throw new InvalidDataException($"damaged: hunk {hunk} copies a hunk that is itself a copy");
        }

        if (entry.Kind == ChdMapEntry.Stored && entry.Offset == 0)
        {
            destination.Clear();
            return;
        }

        ReadOnlySpan<byte> source;
        if (entry.Offset >= windowStart && entry.Offset + entry.Length <= windowStart + windowLength)
        {
            source = window.AsSpan((int)(entry.Offset - windowStart), (int)entry.Length);
        }
        else
        {
            if (compressed.Length < entry.Length)
            {
                compressed = new byte[Math.Max(entry.Length, header.HunkBytes)];
            }

            var own = compressed.AsSpan(0, (int)entry.Length);
            lock (file)
            {
                file.Position = entry.Offset;
                file.ReadExactly(own);
            }

            source = own;
        }
        if (entry.Kind == ChdMapEntry.Stored)
        {
            source.CopyTo(destination);
        }
        else
        {
            try
            {
                codecs[entry.Kind]!.Decompress(source, destination);
            }
            catch (Exception error) when (error is InvalidDataException or IndexOutOfRangeException or ArgumentException)
            {
                throw new InvalidDataException($"damaged: hunk {hunk} ({header.Codecs[entry.Kind]}) does not decompress: {error.Message}", error);
            }
        }

        if (entry.HasCrc && Crc16Ccitt.Compute(destination) != entry.Crc)
        {
            throw new InvalidDataException($"damaged: hunk {hunk} fails its CRC16");
        }
    }

    public void Dispose()
    {
        foreach (var codec in codecs.OfType<IDisposable>())
        {
            codec.Dispose();
        }
    }
}
