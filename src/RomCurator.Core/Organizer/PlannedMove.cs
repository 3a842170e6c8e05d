using System.Text.Json.Serialization;

namespace RomCurator.Core.Organizer;

/// <summary>
/// One line of the organizer's plan: a file, where it is, where the template puts it, and what will happen. A
/// multi-disc playlist's line (<see cref="PlanActions.Playlist"/>, <see cref="DiscPlaylists"/>) names no file instance
/// (0): <see cref="From"/> and <see cref="To"/> are the playlist's path and <see cref="Content"/> what it holds.
/// </summary>
public sealed record PlannedMove(
    long InstanceId,
    string Root,
    string Platform,
    string From,
    string? To,
    string Action,
    string? Reason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content = null);
