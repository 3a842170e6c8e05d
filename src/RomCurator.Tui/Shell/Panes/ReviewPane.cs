using Microsoft.Data.Sqlite;
using RomCurator.Core.Review;
using Terminal.Gui.Input;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The review queue: one keystroke per decision (a accept, r reject, s skip), the cursor then sits on the next
/// suggestion; u undoes the last decision. The reason of the selected suggestion shows under the list header.
/// </summary>
public sealed class ReviewPane(SqliteConnection connection) : ListPane("Review")
{
    private const int PageSize = 500;
    private IReadOnlyList<ReviewItem> items = [];

    public string? LastMessage { get; private set; }

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.A], "a", "accept: link the file to the suggested game", () => Decide(queue => queue.Accept(Current!.CandidateId))),
        new([Key.R], "r", "reject the suggestion", () => Decide(queue => queue.Reject(Current!.CandidateId))),
        new([Key.S], "s", "skip the suggestion", () => Decide(queue => queue.Skip(Current!.CandidateId))),
        new([Key.U], "u", "undo the last decision", Undo),
    ];

    private ReviewItem? Current => Selected < 0 ? null : items[Selected];

    public override void Refresh()
    {
        items = new ReviewQueue(connection).Open(limit: PageSize);
        var header = (items.Count == 0
            ? "The review queue is empty."
            : $"{items.Count} open suggestions{(items.Count == PageSize ? " (first " + PageSize + ")" : "")}.") + (LastMessage is null ? "" : " " + LastMessage);
        Show(header + "\n" + ReviewRows.Header, items.Select(ReviewRows.Render).ToList());
    }

    private void Decide(Func<ReviewQueue, ReviewOutcome> decide)
    {
        if (Current is null)
        {
            return;
        }

        LastMessage = decide(new ReviewQueue(connection)).Message;
        Refresh();
    }

    private void Undo()
    {
        LastMessage = new ReviewQueue(connection).UndoLast()?.Message ?? "nothing to undo";
        Refresh();
    }
}
