using RomCurator.Core.Organizer;

namespace RomCurator.Tui.Presentation;

/// <summary>The words for a note the engine stored as a code in <c>file_operation_log.message</c> (<see cref="OperationNotes"/>); any other text is shown as it is.</summary>
public static class OperationNoteText
{
    public static string Of(string? note) => note switch
    {
        null or "" => "",
        OperationNotes.MovedByHand => "moved outside RomCurator to where the organizer puts it",
        _ => note,
    };
}
