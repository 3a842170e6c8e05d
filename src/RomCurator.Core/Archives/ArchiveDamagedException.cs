namespace RomCurator.Core.Archives;

/// <summary>
/// An archive (or one member, <see cref="Path"/>) failed one of our own integrity checks: it ends early, expands
/// past the size it declares, or fails its checksum. The message is a sentence for the user.
/// </summary>
public sealed class ArchiveDamagedException(string? path, string message) : Exception(message)
{
    public string? Path { get; } = path;
}
