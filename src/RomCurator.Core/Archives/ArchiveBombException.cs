namespace RomCurator.Core.Archives;

/// <summary>An archive went past a bomb guard (member count, expanded bytes, compression ratio).</summary>
public sealed class ArchiveBombException(string message) : Exception(message);
