namespace RomCurator.Core.FileSystem;

/// <summary>What <c>fstatat</c> says an entry is: a regular file, a folder, or anything else (link, FIFO, socket, device).</summary>
public enum EntryKind
{
    Other,
    Regular,
    Directory,
}
