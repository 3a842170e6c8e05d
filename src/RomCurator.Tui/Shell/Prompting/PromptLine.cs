using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell.Prompting;

/// <summary>
/// One line above the key bar: shows the last message, or asks a question with the answer typed in place.
/// Only one question is open at a time and it keeps the keyboard until it is answered or cancelled; then the focus
/// goes back through <see cref="Done"/>. A question may come with help (<see cref="IPromptAssist"/>: path completion,
/// a picker) and with the reason the last answer was refused; both show in <see cref="Popup"/> above the line.
/// </summary>
public sealed class PromptLine : View
{
    private readonly Label caption;
    private readonly PromptField input;
    private string? deferred;
    private IPromptAssist? assist;
    private string? problem;
    private IReadOnlyList<PromptChoice> live = [];
    private IReadOnlyList<string> listed = [];
    private int highlight;
    private Action? onCancel;

    public PromptLine()
    {
        Height = 1;
        CanFocus = true;
        caption = new Label { X = 0, Y = 0, Height = 1, Width = Dim.Auto(), HotKeySpecifier = (System.Text.Rune)0xFFFF };
        input = new PromptField { X = Pos.Right(caption) + 1, Y = 0, Width = Dim.Fill(), Height = 1, Visible = false };
        input.Cancelled = () =>
        {
            var cancelled = onCancel;
            Close("cancelled");
            cancelled?.Invoke();
        };
        input.Completing = Complete;
        input.Choosing = Choose;
        input.TextChanged += (_, _) => Typed();
        Add(caption, input);
    }

    /// <summary>The box above the line for choices and refusals; the main window places it.</summary>
    public PromptPopup Popup { get; } = new();

    /// <summary>Runs after a question closes (the main window puts the focus back on the pane).</summary>
    public Action? Done { get; set; }

    /// <summary>Runs when what the key bar should say may have changed.</summary>
    public Action? Changed { get; set; }

    public bool IsAsking => input.Visible;

    /// <summary>Whether the open question takes y or n rather than a typed line.</summary>
    public bool IsYesNo => input.YesNo;

    /// <summary>What the line shows: the message, or the question.</summary>
    public string Message => caption.Text;

    /// <summary>The answer typed so far.</summary>
    public string Typing => input.Text;

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

    /// <summary>
    /// Asks for a line of text. <paramref name="help"/> adds completion or a picker; <paramref name="refused"/> says why
    /// the last answer (given again as <paramref name="initial"/>) was refused.
    /// </summary>
    public void Ask(string question, string initial, Action<string> answer, IPromptAssist? help = null, string? refused = null, Action? cancelled = null) =>
        Open(question, initial, yesNo: false, answer, help, refused, cancelled);

    public void Confirm(string question, Action yes)
    {
        // A question wider than the line (the organizer's counts at 80 columns) also shows whole, wrapped, in the box above it.
        var asked = question + " (y/n)";
        Open(asked, "", yesNo: true, _ => yes(), null, asked.Length > (SuperView?.Viewport.Width ?? 78) ? asked : null, null);
    }

    /// <summary>Puts the focus back on the open question (a key that reached the window while it was open).</summary>
    public void FocusInput()
    {
        if (IsAsking && !input.HasFocus)
        {
            input.SetFocus();
        }
    }

    /// <summary>The key bar while a question is open.</summary>
    public string Hint(int width)
    {
        if (IsYesNo)
        {
            return "y Yes │ n No │ Esc Cancel";
        }

        var keys = "Enter Answer │ Esc Cancel │ Ctrl+U Clear" + (assist is null ? "" : " │ " + assist.Keys);
        return keys.Length <= width ? keys : keys.Replace(" │ ", " ", StringComparison.Ordinal);
    }

    private void Open(string question, string initial, bool yesNo, Action<string> answer, IPromptAssist? help, string? refused, Action? cancelled)
    {
        onCancel = cancelled;
        caption.Text = question;
        input.YesNo = yesNo;
        assist = help;
        problem = refused;
        listed = [];
        input.Text = initial;
        input.MoveEnd();
        input.Answered = text =>
        {
            var value = live.Count > 0 && highlight >= 0 && highlight < live.Count && text.Trim().Length > 0 ? live[highlight].Value : text;
            Close("");
            answer(value);
        };
        input.Visible = true;
        input.SetFocus();
        Typed();
    }

    private void Typed()
    {
        if (!IsAsking)
        {
            return;
        }

        live = assist?.Live(input.Text) ?? [];
        highlight = live.Count > 0 ? 0 : -1;
        listed = [];
        ShowPopup();
    }

    private void Complete()
    {
        if (assist is null)
        {
            return;
        }

        var completion = live.Count > 0 && highlight >= 0 ? new PromptCompletion(live[highlight].Value, []) : assist.Complete(input.Text);
        if (completion.Text != input.Text)
        {
            input.Text = completion.Text;
            input.MoveEnd();
        }

        listed = completion.Choices;
        problem = completion.Note ?? (listed.Count > 0 ? null : problem);
        ShowPopup();
    }

    private void Choose(int step)
    {
        if (live.Count > 0)
        {
            highlight = Math.Clamp(highlight + step, 0, live.Count - 1);
            ShowPopup();
        }
    }

    private void ShowPopup()
    {
        var width = SuperView?.Viewport.Width ?? 78;
        if (live.Count > 0)
        {
            Popup.Show(problem, [.. live.Select(c => c.Shown)], highlight, width);
        }
        else
        {
            Popup.Show(problem, listed, -1, width);
        }

        Changed?.Invoke();
    }

    private void Close(string message)
    {
        input.Visible = false;
        input.Answered = null;
        onCancel = null;
        assist = null;
        problem = null;
        live = [];
        listed = [];
        Popup.Hide();
        caption.Text = deferred ?? message;
        deferred = null;
        Done?.Invoke();
    }
}
