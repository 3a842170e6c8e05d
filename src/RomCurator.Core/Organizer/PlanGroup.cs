namespace RomCurator.Core.Organizer;

/// <summary>A platform's share of a plan view: its name and how many lines it has.</summary>
public sealed record PlanGroup(string Platform, int Lines);
