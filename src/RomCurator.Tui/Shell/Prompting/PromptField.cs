using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell.Prompting;

/// <summary>
/// The text field of the prompt line. Enter answers and Esc cancels before the field's own bindings see them; in
/// yes/no mode a single y or n answers and every other key is swallowed (nothing reaches the pane behind it).
/// Ctrl+U clears the line.
/// </summary>
public sealed class PromptField : TextField
{
    public bool YesNo { get; set; }

    public Action<string>? Answered { get; set; }

    public Action? Cancelled { get; set; }

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

        if (key == Key.U.WithCtrl)
        {
            // Clears the line, as in a shell.
            Text = "";
            return true;
        }

        return base.OnKeyDown(key);
    }
}
