namespace RomCurator.Core.Archives.Discs;

/// <summary>One multi-disc game: its playlist's path and its discs' paths, in disc order.</summary>
public sealed record MultiDiscSet(string Playlist, IReadOnlyList<string> Discs);
