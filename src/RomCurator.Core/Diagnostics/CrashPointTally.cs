using System.Text;

namespace RomCurator.Core.Diagnostics;

/// <summary>
/// The counting mode of <see cref="CrashPoint"/>: appends the name of every point passed to a file, one a line,
/// written through at once (a later kill loses nothing). Points passed from several threads are serialized.
/// </summary>
public sealed class CrashPointTally
{
    private readonly FileStream file;
    private readonly Lock gate = new();

    private CrashPointTally(FileStream file) => this.file = file;

    /// <summary>A tally appending to <paramref name="path"/>, or null when no path is given.</summary>
    public static CrashPointTally? Open(string? path) =>
        string.IsNullOrEmpty(path) ? null : new CrashPointTally(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite));

    public void Record(string name)
    {
        var line = Encoding.UTF8.GetBytes(name + "\n");
        lock (gate)
        {
            file.Write(line);
            file.Flush();
        }
    }
}
