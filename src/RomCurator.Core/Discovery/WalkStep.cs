namespace RomCurator.Core.Discovery;

/// <summary>
/// What one entry of a listed folder gives the walk, in the folder's order: an entry to report (a file or a problem),
/// a real folder to walk, or a folder reached through a link, followed once every real folder is walked.
/// </summary>
internal readonly record struct WalkStep(WalkEntry? Entry, WalkFolder? Folder = null, WalkFolder? Link = null);
