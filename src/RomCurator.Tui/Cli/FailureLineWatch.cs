using System.Text;

namespace RomCurator.Tui.Cli;

/// <summary>
/// Passes stderr through and notes whether a failure line (<c>romcurator: …</c>) went by, so the dispatcher can tell
/// a verb that ended with a failing exit code without saying why (it then writes the line itself). A line starts
/// after '\n', or after '\r' (the scan's progress line is rewritten in place and cleared with one).
/// </summary>
public sealed class FailureLineWatch(TextWriter inner) : TextWriter
{
    public const string Prefix = "romcurator: ";

    private bool atLineStart = true;

    public bool SawFailureLine { get; private set; }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        inner.Write(value);
        atLineStart = value is '\n' or '\r';
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (atLineStart && value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            SawFailureLine = true;
        }

        inner.Write(value);
        atLineStart = value[^1] is '\n' or '\r';
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(Environment.NewLine);
    }

    public override void Flush() => inner.Flush();
}
