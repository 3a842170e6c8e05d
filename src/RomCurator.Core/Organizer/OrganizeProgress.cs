namespace RomCurator.Core.Organizer;

/// <summary>How far an organizer run is: moves done (moved or failed) of the total, and the file being moved now.</summary>
public sealed record OrganizeProgress(int Done, int Total, string Current);
