using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell;

/// <summary>The keys that open pane i: its digit (1–9, then 0) and an F-key (F2–F11); the eleventh pane only F12.</summary>
public static class PaneNumbers
{
    public const int Max = 11;

    private static readonly Key[] FunctionKeys = [Key.F2, Key.F3, Key.F4, Key.F5, Key.F6, Key.F7, Key.F8, Key.F9, Key.F10, Key.F11, Key.F12];

    public static string Label(int index) => index switch
    {
        9 => "0",
        10 => "F12",
        _ => $"{index + 1}",
    };

    public static IReadOnlyList<Key> Keys(int index) => index == 10 ? [Key.F12] : [(Key)(char)(index == 9 ? '0' : '1' + index), FunctionKeys[index]];
}
