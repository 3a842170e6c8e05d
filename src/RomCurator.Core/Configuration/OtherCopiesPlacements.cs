namespace RomCurator.Core.Configuration;

/// <summary>The words of <c>oneGameOneRom.otherCopies</c> and the <see cref="OtherCopiesPlacement"/> each names, read in one place.</summary>
public static class OtherCopiesPlacements
{
    public const string Subfolder = "subfolder";

    public const string Stay = "stay";

    /// <summary>The placement <paramref name="setting"/> names, or null when it names none.</summary>
    public static OtherCopiesPlacement? Parse(string? setting) => setting switch
    {
        Subfolder => OtherCopiesPlacement.Subfolder,
        Stay => OtherCopiesPlacement.Stay,
        _ => null,
    };
}
