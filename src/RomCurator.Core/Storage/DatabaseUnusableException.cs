namespace RomCurator.Core.Storage;

/// <summary>The database path cannot hold a RomCurator database; the message says what is wrong and what to do.</summary>
public sealed class DatabaseUnusableException(string message) : Exception(message);
