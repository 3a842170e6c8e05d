namespace RomCurator.Core.Organizer;

/// <summary>One line of the organizer's plan: a file, where it is, where the template puts it, and what will happen.</summary>
public sealed record PlannedMove(
    long InstanceId,
    string Root,
    string Platform,
    string From,
    string? To,
    string Action,
    string? Reason);
