namespace RomCurator.Tui.Presentation;

/// <summary>A text bar for a fraction: "██████░░░░" (readable without colour).</summary>
public static class Bar
{
    public static string Render(double fraction, int width)
    {
        if (width <= 0)
        {
            return "";
        }

        var filled = (int)Math.Round(Math.Clamp(double.IsNaN(fraction) ? 0 : fraction, 0, 1) * width, MidpointRounding.AwayFromZero);
        if (filled == width && fraction < 1)
        {
            filled = width - 1;
        }

        if (filled == 0 && fraction > 0)
        {
            filled = 1;
        }

        return new string('█', filled) + new string('░', width - filled);
    }
}
