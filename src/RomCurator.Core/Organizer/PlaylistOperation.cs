using RomCurator.Core.FileSystem;

namespace RomCurator.Core.Organizer;

/// <summary>
/// A playlist row of <c>file_operation_log</c>: a playlist written (<c>playlist</c>) or removed by an undo
/// (<c>delete</c>), its root, its temporary file (a write's; null for a removal), its path and the SHA-1 of its text.
/// </summary>
public sealed record PlaylistOperation(long OperationId, string Type, long RootId, string RootPath, string? Temporary, RootedPath Playlist, string Sha1);
