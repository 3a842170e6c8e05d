namespace RomCurator.Core.Pipeline;

/// <summary>A scan could not start (no roots, unknown root, another scan running); the message says what to do.</summary>
public sealed class ScanException(string message) : Exception(message);
