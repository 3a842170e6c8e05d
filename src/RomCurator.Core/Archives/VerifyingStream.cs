using System.IO.Hashing;

namespace RomCurator.Core.Archives;

/// <summary>
/// Checks a member's bytes against what the archive declares while they pass: reading past the declared size
/// throws (the header lies, and the rest may be a bomb), and <see cref="Mismatch"/> tells whether the member
/// ended short or its CRC32 differs. SharpCompress checks neither for zip or 7z. A declared size of 0 or less
/// and a missing CRC mean "unknown" and are not checked.
/// </summary>
public sealed class VerifyingStream(Stream inner, string path, long declaredSize, uint? declaredCrc) : ForwardOnlyStream(inner)
{
    private readonly Crc32? crc = declaredCrc is null ? null : new Crc32();

    public long BytesRead { get; private set; }

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        BytesRead += n;
        if (declaredSize > 0 && BytesRead > declaredSize)
        {
            throw new ArchiveDamagedException(path,
                $"'{path}' expands past the {declaredSize:N0} bytes the archive declares for it; enumeration stopped");
        }

        crc?.Append(buffer[..n]);
        return n;
    }

    /// <summary>Once read to the end: why the member does not match its declaration, or null when it does.</summary>
    public string? Mismatch()
    {
        if (declaredSize > 0 && BytesRead != declaredSize)
        {
            return $"truncated: {BytesRead:N0} of the {declaredSize:N0} bytes the archive declares; not recorded";
        }

        // What the damaged bytes hash to is no fact about the file (an inflater that does not check its distances
        // copies stale buffer bytes), so the message names only what the archive records: the same on every scan.
        if (crc is not null && declaredCrc is { } expected && crc.GetCurrentHashAsUInt32() != expected)
        {
            return $"damaged: its content does not match the CRC32 the archive records ({expected:x8}); not recorded";
        }

        return null;
    }
}
