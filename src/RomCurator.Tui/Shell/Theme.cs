using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace RomCurator.Tui.Shell;

/// <summary>
/// The one colour theme: green for good (high confidence, a move, a finished run), yellow for attention (medium
/// confidence, a cancelled run), red for problems (low confidence, conflicts, failures), dim for what is set aside
/// (skips). Without colour (NO_COLOR, monochrome terminals) every row keeps the terminal's own colours: the rows say
/// the same in words and marks.
/// </summary>
public static class Theme
{
    /// <summary>Whether colours are off (set once at start from the environment).</summary>
    public static bool Plain { get; set; } = PlainColours.Wanted(Environment.GetEnvironmentVariable);

    public static Attribute? For(Tone tone, Attribute normal) => Plain ? null : tone switch
    {
        Tone.Good => new Attribute(Color.BrightGreen, normal.Background),
        Tone.Attention => new Attribute(Color.BrightYellow, normal.Background),
        Tone.Problem => new Attribute(Color.BrightRed, normal.Background),
        Tone.Dim => new Attribute(Color.DarkGray, normal.Background),
        _ => null,
    };

    /// <summary>The tone of a review confidence: high (≥ 0.9) good, medium (≥ 0.7) attention, low a problem.</summary>
    public static Tone Confidence(double confidence) => confidence >= 0.9 ? Tone.Good : confidence >= 0.7 ? Tone.Attention : Tone.Problem;

    /// <summary>The tone of a run's status.</summary>
    public static Tone RunStatus(string status) => status switch
    {
        "completed" => Tone.Good,
        "cancelled" or "running" => Tone.Attention,
        "failed" => Tone.Problem,
        _ => Tone.Normal,
    };
}
