namespace RomCurator.Core.Archives.Discs;

/// <summary>
/// A disc image this reader recognises but does not read (an unknown codec, a parent CHD, RVZ/WIA, …). The message
/// is a sentence for the user, starting "not read:" or "needs …"; the scan reports it as unsupported, not corrupt.
/// </summary>
public sealed class DiscNotReadException(string message) : Exception(message);
