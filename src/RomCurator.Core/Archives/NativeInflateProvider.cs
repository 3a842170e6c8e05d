using SharpCompress.Common;
using SharpCompress.Providers;
using SystemCompressionMode = System.IO.Compression.CompressionMode;
using SystemDeflateStream = System.IO.Compression.DeflateStream;

namespace RomCurator.Core.Archives;

/// <summary>
/// Inflates zip members with .NET's native zlib (several times faster than SharpCompress's managed inflate) while
/// <see cref="UseNative"/> is on, and with SharpCompress's own inflate (the reference) while it is off. The choice is
/// made when a member's stream is created, so one provider serves one opened archive on one thread. A member read
/// natively that fails in any way is read again with the reference (see <see cref="EnumerationSession"/>), so the
/// outcome of a damaged member (its message, the bytes counted by the bomb guard) is the reference's.
/// </summary>
public sealed class NativeInflateProvider : CompressionProviderBase
{
    private static readonly ICompressionProvider Reference = CompressionProviderRegistry.Default.GetProvider(CompressionType.Deflate)
        ?? throw new InvalidOperationException("SharpCompress has no deflate provider");

    public bool UseNative { get; set; } = true;

    public override CompressionType CompressionType => CompressionType.Deflate;

    public override bool SupportsCompression => false;

    public override bool SupportsDecompression => true;

    /// <summary>A registry with the default providers and this one for deflate.</summary>
    public CompressionProviderRegistry Registry() => CompressionProviderRegistry.Default.With(this);

    public override Stream CreateCompressStream(Stream destination, int compressionLevel) =>
        throw new NotSupportedException("archives are only read");

    public override Stream CreateDecompressStream(Stream source) =>
        UseNative ? new SystemDeflateStream(source, SystemCompressionMode.Decompress, leaveOpen: false) : Reference.CreateDecompressStream(source);
}
