namespace RomCurator.Core.Organizer;

/// <summary>
/// The codes the engine stores in <c>file_operation_log.message</c> for a note of its own (the interface words them:
/// <c>OperationNoteText</c>); a failure's message stays the error's text.
/// </summary>
public static class OperationNotes
{
    /// <summary>A <c>restore</c> row of <see cref="MoveHealer"/>: the user moved the file by hand to where the organizer puts it.</summary>
    public const string MovedByHand = "moved_by_hand";
}
