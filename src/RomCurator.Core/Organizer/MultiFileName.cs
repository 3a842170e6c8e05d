namespace RomCurator.Core.Organizer;

/// <summary>
/// The DAT's name a verified loose file of a multi-file game keeps (<see cref="DestinationRules.MultiFile"/>), and whether
/// every ROM of its game is named after the game (then the files go in the template's folder, else in one of the game's own).
/// </summary>
public sealed record MultiFileName(string Name, bool NamedAfterGame);
