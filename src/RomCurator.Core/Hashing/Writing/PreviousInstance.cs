namespace RomCurator.Core.Hashing.Writing;

/// <summary>What a root held at a file's path before the file was written: nothing, or an instance with the same or other content, size or time.</summary>
public enum PreviousInstance
{
    None,
    Same,
    Different,
}
