using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell;

/// <summary>The keys that open pane i: its digit (1–9, then 0) and, for the first eight, an F-key (F2–F9: F1 is help, F10 quit); the eleventh pane F12.</summary>
public static class PaneNumbers
{
    public const int Max = 11;

    private static readonly Key[] FunctionKeys = [Key.F2, Key.F3, Key.F4, Key.F5, Key.F6, Key.F7, Key.F8, Key.F9];

    public static string Label(int index) => index switch
    {
        9 => "0",
        10 => "F12",
        _ => $"{index + 1}",
    };

    public static IReadOnlyList<Key> Keys(int index) => index switch
    {
        10 => [Key.F12],
        _ when index < FunctionKeys.Length => [(Key)(char)('1' + index), FunctionKeys[index]],
        _ => [(Key)(char)(index == 9 ? '0' : '1' + index)],
    };
}
