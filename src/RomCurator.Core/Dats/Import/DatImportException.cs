namespace RomCurator.Core.Dats.Import;

/// <summary>A DAT import could not start or finish; the message says why.</summary>
public sealed class DatImportException(string message, Exception? inner = null) : Exception(message, inner);
