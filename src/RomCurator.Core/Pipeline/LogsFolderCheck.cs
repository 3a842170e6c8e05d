namespace RomCurator.Core.Pipeline;

/// <summary>
/// Checks, before a scan starts, that its logs folder (<c>paths.logs</c>: the logs and the scan's checkpoint) can be
/// created and written: a folder that cannot (<c>/proc/x</c>, a read-only mount, another user's folder) stops the scan
/// before it records anything, with one line that names the setting, instead of a failed run.
/// </summary>
public static class LogsFolderCheck
{
    /// <summary>Creates <paramref name="folder"/> if missing and opens <c>CATEGORY.log</c> in it for appending (as the log does).</summary>
    /// <exception cref="ScanException">the folder cannot be created or written</exception>
    public static void EnsureWritable(string folder, string category)
    {
        try
        {
            Directory.CreateDirectory(folder);
            using var probe = new FileStream(Path.Combine(folder, category + ".log"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ScanException($"the logs folder '{folder}' (paths.logs) cannot be created or written ({error.Message.TrimEnd('.')}); " +
                                    "set paths.logs in the config file to a folder this user can write");
        }
    }
}
