using Microsoft.Data.Sqlite;
using RomCurator.Core.Review;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The review queue: one keystroke per decision (a accept, r reject, s skip), the cursor then sits on the next
/// suggestion; u undoes the last decision. The reason of the selected suggestion shows under the list header.
/// </summary>
public sealed class ReviewPane : ListPane
{
    private const int PageSize = 500;
    private readonly SqliteConnection connection;
    private readonly FrameView details;
    private readonly Label detailsText;
    private IReadOnlyList<ReviewItem> items = [];
    private bool latestOnly;

    public ReviewPane(SqliteConnection connection)
        : base("Review")
    {
        this.connection = connection;
        detailsText = new Label { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill(), HotKeySpecifier = (System.Text.Rune)0xFFFF };
        details = new FrameView { Title = "Details", X = 1, Y = 2, Width = Dim.Fill(1), Height = Dim.Fill(), Visible = false };
        details.Add(detailsText);
        View.Add(details);
    }

    /// <summary>Whether the details of the selected file are shown.</summary>
    public bool ShowingDetails => details.Visible;

    public string? LastMessage { get; private set; }

    protected override IReadOnlyList<PaneKey> PaneKeys =>
    [
        new([Key.A], "a", "accept: link the file to the suggested game", () => Decide(queue => queue.Accept(Current!.CandidateId))),
        new([Key.R], "r", "reject the suggestion", () => Decide(queue => queue.Reject(Current!.CandidateId))),
        new([Key.S], "s", "skip the suggestion", () => Decide(queue => queue.Skip(Current!.CandidateId))),
        new([Key.U], "u", "undo the last decision", Undo),
        new([Key.Enter], "Enter", "details: every suggestion for the file, its hashes and header", ToggleDetails),
        new([Key.Esc], "Esc", "close the details", () => details.Visible = false, InStatusBar: false),
        new([Key.N], "n", "new: only suggestions from the last run (again: all)", ToggleLatest),
    ];

    private ReviewItem? Current => Selected < 0 ? null : items[Selected];

    public override void Refresh()
    {
        items = new ReviewQueue(connection).Open(onlyLatestRun: latestOnly, limit: PageSize);
        var header = (latestOnly ? "[new from the last run] " : "") + (items.Count == 0
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

    private void ToggleDetails()
    {
        if (details.Visible || Current is null)
        {
            details.Visible = false;
            return;
        }

        detailsText.Text = ReviewDetailsText.Render(new ReviewQueue(connection).Details(Current));
        details.Visible = true;
    }

    private void ToggleLatest()
    {
        latestOnly = !latestOnly;
        Refresh();
    }

    private void Undo()
    {
        LastMessage = new ReviewQueue(connection).UndoLast()?.Message ?? "nothing to undo";
        Refresh();
    }
}
