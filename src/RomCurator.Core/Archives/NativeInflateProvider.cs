using SharpCompress.Common;
using SharpCompress.Providers;
using SystemCompressionMode = System.IO.Compression.CompressionMode;
using SystemDeflateStream = System.IO.Compression.DeflateStream;

namespace RomCurator.Core.Archives;

/// <summary>
/// Inflates zip members with .NET's native zlib: several times faster than SharpCompress's managed inflate, and
/// strict where that one is not. SharpCompress's inflate does not check a distance against the data inflated so far,
/// so damaged data makes it copy stale buffer bytes (a different result on each run); zlib stops at the first invalid
/// code with an error, so a damaged member has one outcome. A data error is the member's problem
/// (<see cref="EnumerationSession"/>), never read again by another decoder.
/// </summary>
public sealed class NativeInflateProvider : CompressionProviderBase
{
    public override CompressionType CompressionType => CompressionType.Deflate;

    public override bool SupportsCompression => false;

    public override bool SupportsDecompression => true;

    /// <summary>A registry with the default providers and this one for deflate.</summary>
    public CompressionProviderRegistry Registry() => CompressionProviderRegistry.Default.With(this);

    public override Stream CreateCompressStream(Stream destination, int compressionLevel) =>
        throw new NotSupportedException("archives are only read");

    public override Stream CreateDecompressStream(Stream source) =>
        new SystemDeflateStream(source, SystemCompressionMode.Decompress, leaveOpen: false);
}
