namespace RomCurator.Core.Archives;

/// <summary>
/// Holds a nested archive's bytes so it can be opened: in memory up to the spill threshold, then in a temp file
/// under the temp path, deleted on close. Files left by a killed process are removed by <see cref="CleanLeftovers"/>.
/// </summary>
public sealed class SpillBuffer(long threshold, string tempPath) : Stream
{
    private Stream target = new MemoryStream();

    public bool SpilledToDisk { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => target.Length;

    public override long Position
    {
        get => target.Position;
        set => target.Position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!SpilledToDisk && target.Length + buffer.Length > threshold)
        {
            SpillToDisk();
        }

        target.Write(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => target.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => target.Seek(offset, origin);

    public override void SetLength(long value) => target.SetLength(value);

    public override void Flush() => target.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            target.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Deletes spill files of processes that no longer run (a scan killed mid-archive).</summary>
    public static void CleanLeftovers(string tempPath)
    {
        if (!Directory.Exists(tempPath))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(tempPath, "spill-*.tmp"))
        {
            var parts = Path.GetFileName(file).Split('-');
            if (parts.Length >= 3 && int.TryParse(parts[1], out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // In use or gone: either way nothing to do.
                }
            }
        }
    }

    private static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}");

    private void SpillToDisk()
    {
        FileStream file;
        try
        {
            Directory.CreateDirectory(tempPath);
            var path = Path.Combine(tempPath, $"spill-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The archive is fine; the temp folder is not. Say so, or the archive would look damaged.
            throw new IOException($"no temp file for a nested archive under '{tempPath}' (paths.temp): {error.Message}", error);
        }

        target.Position = 0;
        target.CopyTo(file);
        target.Dispose();
        target = file;
        SpilledToDisk = true;
    }
}
