namespace RomCurator.Core.Organizer;

/// <summary>A plan the organizer showed: its number, the root it was limited to, its template, fingerprint and counts.</summary>
public sealed record ShownPlan(long PlanId, string? RootName, string Template, string Fingerprint, int Moves, int InPlace, int Conflicts, int Skips);
