using RomCurator.Tui.Presentation;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace RomCurator.Tui.Shell.Prompting;

/// <summary>
/// The box just above the prompt line while a question is open: why the last answer was refused (in full, wrapped),
/// and the choices to pick from or that Tab found, the highlighted one marked with › and in reverse video.
/// </summary>
public sealed class PromptPopup : View
{
    private const int MaxRows = 10;
    private IReadOnlyList<string> problem = [];
    private IReadOnlyList<string> choices = [];
    private int highlight = -1;

    public PromptPopup()
    {
        CanFocus = false;
        Visible = false;
        Width = Dim.Fill();
    }

    /// <summary>The lines it shows now (what a test reads).</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public void Show(string? why, IReadOnlyList<string> list, int highlighted, int width)
    {
        problem = why is null ? [] : [.. TextFit.Wrap(why, Math.Max(20, width), WrapStyle.Words)];
        choices = list;
        highlight = highlighted;
        var first = Math.Clamp(highlight - (MaxRows - 1), 0, Math.Max(0, choices.Count - MaxRows));
        var shown = choices.Skip(first).Take(MaxRows).Select((c, i) => (first + i == highlight ? "› " : "  ") + c).ToList();
        if (choices.Count > MaxRows)
        {
            shown.Add($"  … {choices.Count:N0} in all (type more to narrow them)");
        }

        Lines = [.. problem, .. shown];
        Visible = Lines.Count > 0;
        Height = Lines.Count;
        Y = Pos.AnchorEnd(2 + Lines.Count);
        SetNeedsLayout();
        SetNeedsDraw();
    }

    public void Hide() => Show(null, [], -1, 78);

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        for (var row = 0; row < Lines.Count; row++)
        {
            var line = Lines[row];
            var chosen = row >= problem.Count && line.StartsWith('›');
            SetAttribute(GetAttributeForRole(chosen ? VisualRole.Focus : VisualRole.Normal));
            Move(0, row);
            AddStr((line.Length > width ? line[..Math.Max(0, width - 1)] + "…" : line).PadRight(width));
        }

        return true;
    }
}
