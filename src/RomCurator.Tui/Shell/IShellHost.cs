using RomCurator.Tui.Shell.Prompting;

namespace RomCurator.Tui.Shell;

/// <summary>What a pane may ask of the main window: a question or a yes/no on the prompt line, a message, another pane.</summary>
public interface IShellHost
{
    /// <summary>
    /// Asks for a line of text; <paramref name="answer"/> runs on Enter (Esc cancels). <paramref name="help"/> adds Tab
    /// completion or a picker; <paramref name="refused"/> says in full why the last answer (given again as
    /// <paramref name="initial"/>) was refused. <paramref name="cancelled"/> runs on Esc.
    /// </summary>
    void Ask(string question, string initial, Action<string> answer, IPromptAssist? help = null, string? refused = null, Action? cancelled = null);

    /// <summary>Asks a yes/no question; <paramref name="yes"/> runs on y (n or Esc cancels).</summary>
    void Confirm(string question, Action yes);

    /// <summary>Shows a one-line message on the prompt line until the next one.</summary>
    void Say(string message);

    /// <summary>The key that opens the pane with this title ("3"), for messages that point at it.</summary>
    string KeyFor(string paneTitle);

    /// <summary>Switches to the pane with this title and returns it.</summary>
    IPane ShowPane(string title);
}
