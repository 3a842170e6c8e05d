namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// One DAT file to import: a file on disk or a member of a zip. <see cref="Name"/> is how it is shown
/// (<c>pack.zip#inner.dat</c> for a member); <see cref="Sha1"/> hashes its content (the "same DAT again" check);
/// <see cref="Open"/> opens it for streaming.
/// </summary>
public sealed record DatSource(string Name, Func<CancellationToken, string> Sha1, Func<IDatReader> Open);
