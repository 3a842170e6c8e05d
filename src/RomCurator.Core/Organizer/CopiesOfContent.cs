namespace RomCurator.Core.Organizer;

/// <summary>One content's copies in one root (relative paths), and the copy kept once a plan has chosen it.</summary>
public sealed class CopiesOfContent
{
    public List<string> Paths { get; } = [];

    public string? Keeper { get; set; }
}
