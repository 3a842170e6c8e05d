using RomCurator.Core.Digests;

namespace RomCurator.Core.Hashing;

/// <summary>
/// One hashing worker's reusable state for small files: a read buffer that grows to the largest small file seen and
/// digest contexts reset after each file, so hashing a small file allocates nothing but its results. Not thread-safe.
/// </summary>
public sealed class SmallFileScratch : IDisposable
{
    /// <summary>Files up to this size are read whole into memory; larger ones are streamed in chunks.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private byte[] buffer = [];

    public WholeContentHasher Digests { get; } = new();

    /// <summary>A buffer for a file of <paramref name="size"/> bytes, one byte more (so a read sees a file that grew).</summary>
    public byte[] BufferFor(long size)
    {
        var needed = (int)size + 1;
        if (buffer.Length < needed)
        {
            // Not cleared: only the bytes a read put in are ever looked at.
            buffer = GC.AllocateUninitializedArray<byte>(Math.Max(needed, Math.Min(buffer.Length * 2, MaxFileBytes + 1)));
        }

        return buffer;
    }

    public void Dispose() => Digests.Dispose();
}
