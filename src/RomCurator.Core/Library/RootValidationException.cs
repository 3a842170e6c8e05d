namespace RomCurator.Core.Library;

/// <summary>A root cannot be added or changed as asked; the message says why.</summary>
public sealed class RootValidationException(string message) : Exception(message);
