namespace RomCurator.Tui.Shell;

/// <summary>What a row means, for its colour: fine, worth a look, a problem, or set aside.</summary>
public enum Tone
{
    Normal,
    Good,
    Attention,
    Problem,
    Dim,
}
