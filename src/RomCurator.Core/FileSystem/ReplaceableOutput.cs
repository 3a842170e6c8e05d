namespace RomCurator.Core.FileSystem;

/// <summary>
/// A file the user names for output (a fixdat, the user config): a regular file, or one that does not exist yet, is
/// written to a temporary file beside it and renamed over it only when complete, so a failure never leaves half a
/// file; a symlink keeps pointing where it did (its target is replaced, not the link). A device or a FIFO
/// (<c>/dev/stdout</c>, <c>/dev/null</c>, a pipe) is written straight through and never replaced — renaming over it
/// would turn, say, /dev/null into a regular file for the whole machine.
/// </summary>
public sealed class ReplaceableOutput : IDisposable
{
    private readonly string target;
    private readonly string? temporary;
    private bool completed;

    public ReplaceableOutput(string path)
    {
        var full = Path.GetFullPath(path);
        target = RealPath.TryResolve(full) ?? full;
        WritesThrough = File.Exists(target) && !FileKind.IsRegularFile(target);
        temporary = WritesThrough ? null : $"{target}.{Environment.ProcessId}.tmp";
    }

    /// <summary>True for a device or FIFO: written in place, no temporary file.</summary>
    public bool WritesThrough { get; }

    /// <summary>Where the content is written now (the temporary file, or the device itself).</summary>
    public string WritingPath => temporary ?? target;

    /// <summary>The file that holds the content once <see cref="Complete"/> has run.</summary>
    public string TargetPath => target;

    public Stream Create() =>
        WritesThrough ? new FileStream(target, FileMode.Open, FileAccess.Write) : new FileStream(temporary!, FileMode.Create, FileAccess.Write);

    /// <summary>Puts the written content in place (a rename; nothing to do for a device).</summary>
    public void Complete()
    {
        if (temporary is not null)
        {
            File.Move(temporary, target, overwrite: true);
        }

        completed = true;
    }

    public void Dispose()
    {
        if (!completed && temporary is not null)
        {
            File.Delete(temporary);
        }
    }
}
