using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>A move an interrupted organizer run left pending: where the file was and where it was going, in its root.</summary>
public sealed record PendingMove(long OperationId, long InstanceId, RootedPath Source, RootedPath Destination, string Sha1)
{
    public string RootPath => Source.Root;
}
