using RomCurator.Core.FileSystem;
namespace RomCurator.Core.Organizer;

/// <summary>One file to move within its root (relative paths, '/'-separated), with the content it must have.</summary>
public sealed record MoveOrder(long InstanceId, long RomId, string Sha1, string RootPath, string From, string To)
{
    public RootedPath Source => new(RootPath, From);

    public RootedPath Destination => new(RootPath, To);

    public string SourcePath => Source.Absolute;

    public string DestinationPath => Destination.Absolute;
}
