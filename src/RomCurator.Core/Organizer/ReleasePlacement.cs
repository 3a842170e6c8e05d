namespace RomCurator.Core.Organizer;

/// <summary>
/// The release a file is placed by: its full DAT name, region, platform and base title, and whether the file is verified
/// by hash (false: accepted in review, content not the DAT's). <see cref="RomName"/>: the DAT's name for a verified loose
/// file of a game that lists several files (a cue sheet and its tracks): the file keeps that name (<see cref="DestinationRules"/>).
/// </summary>
public sealed record ReleasePlacement(string Release, string? Region, string Platform, string? BaseTitle, bool Verified, MultiFileName? RomName = null);
