using RomCurator.Core.Digests;

namespace RomCurator.Core.Configuration;

/// <summary>Discovery and hashing behaviour of a library scan (the defaults are written here and nowhere else).</summary>
public sealed class ScanSettings
{
    /// <summary>
    /// Glob patterns (relative to a root, '/' separated) of files and folders never scanned (default: partial
    /// downloads and the files Windows leaves in folders). A list the user sets replaces this one whole.
    /// </summary>
    public List<string> IgnoreGlobs { get; set; } = ["**/*.part", "**/*.crdownload", "**/*.!qB", "**/Thumbs.db", "**/desktop.ini"];

    /// <summary>Bytes read per chunk while hashing (default 32 MiB).</summary>
    public long HashChunkSizeBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Above this size only SHA-1 is computed, unless a DAT needs MD5/CRC32 (default 1 GiB).</summary>
    public long Md5Crc32SizeLimitBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Rows written per database transaction (default 2000).</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>Hashing worker threads; 0 means one per processor.</summary>
    public int HashWorkers { get; set; }

    /// <summary>How the scan hashes: these settings' chunk size and MD5/CRC32 size limit.</summary>
    public HashOptions HashOptions() => new((int)HashChunkSizeBytes, Md5Crc32SizeLimitBytes);
}
