using System.IO.Compression;
using Crc32 = System.IO.Hashing.Crc32;
using SharpCompress.Compressors.BZip2;
using SharpCompress.Compressors.Xz;
using SharpCompressionMode = SharpCompress.Compressors.CompressionMode;

namespace RomCurator.Core.Archives;

/// <summary>
/// Decompresses a gz, bz2 or xz file and proves it complete and intact when its end is reached: bzip2 and xz
/// check their own CRCs as they go; gzip is read by .NET (zlib checks each member's CRC32) and checked for a
/// cut-off end by <see cref="GzipTrailer"/>. Failures surface as <see cref="ArchiveDamagedException"/>.
/// </summary>
public sealed class CheckedDecompressor : ForwardOnlyStream
{
    private readonly Stream container;
    private readonly ArchiveKind kind;
    private readonly CancellationToken cancellation;
    private readonly Stream decompressor;
    private readonly Crc32 crc = new();
    private long length;
    private bool ended;

    public CheckedDecompressor(Stream container, ArchiveKind kind, CancellationToken cancellation)
    {
        this.container = container;
        this.kind = kind;
        this.cancellation = cancellation;
        container.Position = 0;
        var source = new NonClosingStream(container);
        try
        {
            // SharpCompress's bzip2 reader decodes the first block as it is created.
            decompressor = kind switch
            {
                ArchiveKind.GZip => new GZipStream(source, CompressionMode.Decompress),
                ArchiveKind.BZip2 => BZip2Stream.Create(source, SharpCompressionMode.Decompress, decompressConcatenated: true, leaveOpen: false, tolerateTruncatedStream: false),
                ArchiveKind.Xz => new XZStream(source),
                _ => throw new NotSupportedException($"{kind} is not a single-stream format"),
            };
        }
        catch (Exception error) when (ArchiveErrors.IsReadProblem(error) && error is not NotSupportedException)
        {
            throw Damaged(error);
        }
    }

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    /// <summary>Reads (and discards) what is left after the last member, under the bomb guard, so the end-of-stream checks run.</summary>
    public void ReadToEnd(BombGuard guard, string path)
    {
        using var rest = new GuardedStream(new NonClosingStream(this), guard, path, container.Length, cancellation);
        rest.CopyTo(Stream.Null);
    }

    public override int Read(Span<byte> buffer)
    {
        cancellation.ThrowIfCancellationRequested();
        int read;
        try
        {
            read = decompressor.Read(buffer);
        }
        catch (Exception error) when (ArchiveErrors.IsReadProblem(error) && error is not ArchiveDamagedException)
        {
            throw Damaged(error);
        }

        if (kind == ArchiveKind.GZip)
        {
            crc.Append(buffer[..read]);
        }

        length += read;
        if (read == 0 && buffer.Length > 0 && !ended)
        {
            ended = true;
            if (kind == ArchiveKind.GZip)
            {
                GzipTrailer.Verify(container, crc.GetCurrentHashAsUInt32(), length, cancellation);
            }
        }

        return read;
    }


    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            decompressor.Dispose();
        }

        base.Dispose(disposing);
    }

    private ArchiveDamagedException Damaged(Exception error)
    {
        // .NET words every gzip data error as "unsupported compression method", which would mislead.
        var detail = kind == ArchiveKind.GZip ? "" : $" ({error.Message})";
        return new ArchiveDamagedException(null, $"damaged: the {Name} data is invalid, cut short or fails its checksum{detail}");
    }

    private string Name => kind switch
    {
        ArchiveKind.GZip => "gzip",
        ArchiveKind.BZip2 => "bzip2",
        _ => "xz",
    };
}
