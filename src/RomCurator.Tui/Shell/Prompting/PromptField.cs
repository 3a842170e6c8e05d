using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell.Prompting;

/// <summary>
/// The text field of the prompt line. Enter answers and Esc cancels before the field's own bindings see them; in
/// yes/no mode a single y or n answers and every other key is swallowed (nothing reaches the pane behind it).
/// Ctrl+U clears the line. Tab and Shift+Tab never move the focus out of an open question: Tab completes (when the
/// question offers completion), and Up/Down move through the offered choices.
/// </summary>
public sealed class PromptField : TextField
{
    public bool YesNo { get; set; }

    public Action<string>? Answered { get; set; }

    public Action? Cancelled { get; set; }

    /// <summary>Tab pressed (complete).</summary>
    public Action? Completing { get; set; }

    /// <summary>Up (-1) or Down (+1) pressed (move through the choices).</summary>
    public Action<int>? Choosing { get; set; }

    protected override bool OnKeyDown(Key key)
    {
        if (key == Key.Esc || (YesNo && key == Key.N))
        {
            Cancelled?.Invoke();
            return true;
        }

        if (YesNo)
        {
            if (key == Key.Y || key == Key.Y.WithShift)
            {
                Answered?.Invoke("y");
            }

            return true;
        }

        if (key == Key.Enter)
        {
            Answered?.Invoke(Text);
            return true;
        }

        if (key == Key.Tab || key == Key.Tab.WithShift)
        {
            if (key == Key.Tab)
            {
                Completing?.Invoke();
            }

            return true;
        }

        if (key == Key.CursorUp || key == Key.CursorDown)
        {
            Choosing?.Invoke(key == Key.CursorUp ? -1 : 1);
            return true;
        }

        if (key == Key.U.WithCtrl)
        {
            // Clears the line, as in a shell.
            Text = "";
            return true;
        }

        return base.OnKeyDown(key);
    }
}
