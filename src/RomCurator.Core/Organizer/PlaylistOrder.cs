namespace RomCurator.Core.Organizer;

/// <summary>A multi-disc playlist to write: the root (by name), its path there ('/'-separated) and its text.</summary>
public sealed record PlaylistOrder(string Root, string Path, string Content);
