using RomCurator.Core.Scans;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>A single, rewritten status line on stderr while a scan runs in a terminal.</summary>
public sealed class ProgressLine(TextWriter error) : IProgress<ScanProgress>, IDisposable
{
    private readonly object gate = new();
    private int lastLength;
    private bool closed;

    public void Report(ScanProgress value)
    {
        var text = value.Phase == "hashing"
            ? $"hashing {value.FilesProcessed:N0}/{value.FilesToProcess:N0} files, {Units.CompactSize(value.BytesHashed)}, {value.Errors} {Units.Plural(value.Errors, "problem")}"
            : $"{value.Phase}: {value.FilesDiscovered:N0} {Units.Plural(value.FilesDiscovered, "file")} found, {value.FilesUnchanged:N0} unchanged";
        text = text.Length > 100 ? text[..100] : text;
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            error.Write("\r" + text.PadRight(lastLength));
            lastLength = text.Length;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            if (!closed && lastLength > 0)
            {
                error.Write("\r" + new string(' ', lastLength) + "\r");
            }

            closed = true;
        }
    }

    public void Dispose() => Clear();
}
