namespace RomCurator.Core.Preferred;

/// <summary>A preferred game the library lacks while it holds other variants of the same game (best first).</summary>
public sealed record OtherCopy(string Preferred, IReadOnlyList<string> Have);
