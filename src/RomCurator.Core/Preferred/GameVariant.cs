namespace RomCurator.Core.Preferred;

/// <summary>A game as a DAT lists it: its name and, for a clone, the name of its parent (Logiqx <c>cloneof</c>).</summary>
public sealed record GameVariant(string Name, string? Parent);
