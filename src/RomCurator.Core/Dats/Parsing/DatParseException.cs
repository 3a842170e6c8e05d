namespace RomCurator.Core.Dats.Parsing;

/// <summary>A DAT could not be read; the message names the file, the line and the problem.</summary>
public sealed class DatParseException(string message, Exception? inner = null) : Exception(message, inner);
