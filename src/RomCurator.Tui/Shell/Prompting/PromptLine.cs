using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell.Prompting;

/// <summary>
/// One line above the status bar: shows the last message, or asks a question with the answer typed in place.
/// Only one question is open at a time; answering or cancelling gives the focus back through <see cref="Done"/>.
/// </summary>
public sealed class PromptLine : View
{
    private readonly Label caption;
    private readonly PromptField input;
    private string? deferred;

    public PromptLine()
    {
        Height = 1;
        CanFocus = true;
        caption = new Label { X = 0, Y = 0, Height = 1, Width = Dim.Auto(), HotKeySpecifier = (System.Text.Rune)0xFFFF };
        input = new PromptField { X = Pos.Right(caption) + 1, Y = 0, Width = Dim.Fill(), Height = 1, Visible = false };
        input.Cancelled = () => Close("cancelled");
        Add(caption, input);
    }

    /// <summary>Runs after a question closes (the main window puts the focus back on the pane).</summary>
    public Action? Done { get; set; }

    public bool IsAsking => input.Visible;

    /// <summary>Whether the open question takes y or n rather than a typed line.</summary>
    public bool IsYesNo => input.YesNo;

    /// <summary>What the line shows: the message, or the question.</summary>
    public string Message => caption.Text;

    /// <summary>Shows a message; one that comes while a question is open waits until it closes (the question stays).</summary>
    public void Say(string message)
    {
        if (IsAsking)
        {
            deferred = message;
            return;
        }

        caption.Text = message;
    }

    public void Ask(string question, string initial, Action<string> answer) => Open(question, initial, yesNo: false, answer);

    public void Confirm(string question, Action yes) => Open(question + " (y/n)", "", yesNo: true, _ => yes());

    private void Open(string question, string initial, bool yesNo, Action<string> answer)
    {
        caption.Text = question;
        input.YesNo = yesNo;
        input.Text = initial;
        input.MoveEnd();
        input.Answered = text =>
        {
            Close("");
            answer(text);
        };
        input.Visible = true;
        input.SetFocus();
    }

    private void Close(string message)
    {
        input.Visible = false;
        input.Answered = null;
        caption.Text = deferred ?? message;
        deferred = null;
        Done?.Invoke();
    }
}
