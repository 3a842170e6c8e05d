namespace RomCurator.Tui.Shell.Prompting;

/// <summary>Calls back with the text at every keystroke (a live filter); offers no choices and no completion.</summary>
public sealed class LiveTyping(Action<string> typed) : IPromptAssist
{
    public string Keys => "the list follows as you type";

    public IReadOnlyList<PromptChoice> Live(string text)
    {
        typed(text);
        return [];
    }

    public PromptCompletion Complete(string text) => new(text, []);
}
