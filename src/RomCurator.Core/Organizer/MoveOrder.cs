namespace RomCurator.Core.Organizer;

/// <summary>One file to move within its root (relative paths, '/'-separated), with the content it must have.</summary>
public sealed record MoveOrder(long InstanceId, long RomId, string Sha1, string RootPath, string From, string To)
{
    public string SourcePath => Path.Combine(RootPath, From);

    public string DestinationPath => Path.Combine(RootPath, To);
}
