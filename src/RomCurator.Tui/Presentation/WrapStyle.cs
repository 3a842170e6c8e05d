namespace RomCurator.Tui.Presentation;

/// <summary>Where <see cref="TextFit.Wrap"/> may break a line.</summary>
public enum WrapStyle
{
    /// <summary>After a space or a '/' in the second half of a line (paths stay readable), every character kept.</summary>
    Paths,

    /// <summary>At the last space that fits, the space dropped, as prose is wrapped (the prompt's explanations).</summary>
    Words,
}
