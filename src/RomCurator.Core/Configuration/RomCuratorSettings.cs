namespace RomCurator.Core.Configuration;

/// <summary>The whole configuration, bound from config.json layers by the configuration source generator.</summary>
public sealed class RomCuratorSettings
{
    public PathSettings Paths { get; set; } = new();

    public ScanSettings Scan { get; set; } = new();

    public ArchiveSettings Archives { get; set; } = new();

    public MatchingSettings Matching { get; set; } = new();

    public OrganizerSettings Organizer { get; set; } = new();

    public OneGameOneRomSettings OneGameOneRom { get; set; } = new();
}
