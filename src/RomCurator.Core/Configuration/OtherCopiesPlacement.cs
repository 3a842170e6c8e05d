namespace RomCurator.Core.Configuration;

/// <summary>Where the organizer puts the other copies of a game when it places only the preferred one (<c>oneGameOneRom.otherCopies</c>).</summary>
public enum OtherCopiesPlacement
{
    /// <summary>"subfolder": into the _others/ folder at the top of the root.</summary>
    Subfolder,

    /// <summary>"stay": they stay where they are.</summary>
    Stay,
}
