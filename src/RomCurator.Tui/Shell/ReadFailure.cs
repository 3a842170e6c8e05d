namespace RomCurator.Tui.Shell;

/// <summary>What a pane says when its background read failed: one plain line, the reason without the exception's type.</summary>
public static class ReadFailure
{
    /// <summary>"<paramref name="what"/>: reason (Ctrl+R tries again)", on one line whatever the reason's own lines.</summary>
    public static string Line(string what, Exception error)
    {
        var reason = string.Join(" ", error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"{what}: {(reason.Length == 0 ? "the database could not be read" : reason)} (Ctrl+R tries again)";
    }
}
