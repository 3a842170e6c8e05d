namespace RomCurator.Tui.Shell.Prompting;

/// <summary>
/// Help while typing an answer: choices that follow the text as it is typed (a picker), and what Tab does (complete a
/// path like a shell, or take the highlighted choice).
/// </summary>
public interface IPromptAssist
{
    /// <summary>The keys this help adds, for the key bar (e.g. "Tab Complete").</summary>
    string Keys { get; }

    /// <summary>The choices to list for the text typed so far (empty: none to list).</summary>
    IReadOnlyList<PromptChoice> Live(string text);

    /// <summary>What Tab makes of the text, and the choices to list when it is ambiguous.</summary>
    PromptCompletion Complete(string text);
}
