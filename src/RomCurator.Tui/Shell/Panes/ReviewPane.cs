using System.Globalization;
using RomCurator.Core.Review;
using RomCurator.Tui.Presentation;
using RomCurator.Tui.Shell.Prompting;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace RomCurator.Tui.Shell.Panes;

/// <summary>
/// The review queue: one keystroke per decision (a accept, r reject, s skip), the cursor then sits on the next
/// suggestion; u undoes the last decision; b accepts every file's best suggestion at or above a typed threshold.
/// / filters, o changes the order, n shows only the last run's suggestions; rows come a page at a time.
/// The note line shows the selected suggestion's platform, region and reason.
/// Pages are read in the background (<see cref="BackgroundRead{TResult}"/>): the pane draws at once and its page
/// follows. A decision is written at once for the row on screen, the list drops (or, skipped, sets aside) that row
/// and the cursor sits on the next one, so a run of suggestions can be decided without waiting; the page is then
/// read again in the background and shows with the cursor kept on the suggestion it was on.
/// </summary>
public sealed class ReviewPane : ListPane
{
    private const int PageSize = 500;
    private readonly PaneContext context;
    private readonly FrameView details;
    private readonly Label detailsText;
    private readonly BackgroundRead<ReviewPage> read;
    private List<ReviewItem> items = [];
    private IReadOnlyList<long> selectOnceRead = [];
    private ReviewPageQuery? onScreen;
    private bool latestOnly;
    private string? filter;
    private ReviewOrder order = ReviewOrder.File;
    private int page;

    public ReviewPane(PaneContext context)
        : base("Review")
    {
        this.context = context;
        read = new BackgroundRead<ReviewPage>(context.App, context.Connection.DataSource);
        detailsText = new Label { X = 1, Y = 0, Width = Dim.Fill(1), Height = Dim.Fill(), HotKeySpecifier = (System.Text.Rune)0xFFFF };
        details = new FrameView { Title = "Details (Esc closes)", X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
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
        new([Key.B], "b", "bulk: accept every file's best suggestion at or above a threshold you type", BulkAccept),
        new([Key.Enter], "Enter", "details: every suggestion for the file, its hashes and header", ToggleDetails),
        new([Key.Esc], "Esc", "close the details", () => details.Visible = false, InStatusBar: false),
        new([(Key)'/'], "/", "filter: only files or games containing text (empty: all)", AskFilter),
        new([Key.O], "o", "order: by file, by confidence, doubtful first, by game", CycleOrder),
        new([Key.N], "n", "new: only suggestions from the last run (again: all)", ToggleLatest),
        new([(Key)']'], "]", "next page of suggestions", () => Turn(+1), InStatusBar: false),
        new([(Key)'['], "[", "previous page of suggestions", () => Turn(-1), InStatusBar: false),
    ];

    private ReviewItem? Current => Selected >= 0 && Selected < items.Count ? items[Selected] : null;

    /// <summary>True once the page asked for last shows (or the line saying why it could not be read).</summary>
    internal bool Shown { get; private set; }

    /// <summary>Plays the page read's main-loop timer (tests; the headless clock does not advance).</summary>
    internal bool Tick() => read.Tick();

    // Back on the pane (or Ctrl+R): the rows on screen stay while the same page is read again.
    public override void Refresh() => Read(keepRows: onScreen is { } shown && shown.Filter == filter && shown.LatestOnly == latestOnly &&
                                                     shown.Order == order && shown.Page == page);

    // keepRows: the rows on screen are still right (a decision already took its row out), so they stay while the page
    // is read again; otherwise (another filter, order or page) they go until the page comes.
    private void Read(bool keepRows)
    {
        Shown = false;
        var wanted = new ReviewPageQuery(filter, latestOnly, order, page, Preferences());
        if (!keepRows)
        {
            items = [];
            onScreen = null;
            ShowItems(reading: true);
        }

        read.Start(
            connection => new ReviewPage(wanted,
                new ReviewQueue(connection, wanted.Preferences).Open(wanted.Filter, wanted.LatestOnly, PageSize, wanted.Page * PageSize, wanted.Order)),
            error => ReadFailure.Line("The review queue: not read", error),
            ending =>
            {
                if (ending.Result is not { } shown)
                {
                    Shown = true;
                    items = [];
                    Show(ending.Failure ?? "The review queue: not read.", []);
                    return;
                }

                // Past the last page (turned past it, or its last suggestion decided): the page before.
                if (shown.Items.Count == 0 && shown.Query.Page > 0)
                {
                    page = shown.Query.Page - 1;
                    Read(keepRows: false);
                    return;
                }

                Shown = true;
                var cursor = Current?.CandidateId;
                items = [.. shown.Items];
                onScreen = shown.Query;
                ShowItems(reading: false);
                var wish = selectOnceRead.Count > 0 ? selectOnceRead : cursor is { } id ? [id] : [];
                selectOnceRead = [];
                if (items.FindIndex(item => wish.Contains(item.CandidateId)) is var row and >= 0)
                {
                    List.SelectedItem = row;
                }
            });
    }

    private void ShowItems(bool reading)
    {
        var width = View.Frame.Width > 0 ? View.Frame.Width : 78;
        var title = reading
            ? "Reading the review queue…"
            : ReviewRows.Title(items.Count, page, PageSize, latestOnly, filter, ReviewOrderNames.Name(order));
        Show(title + "\n" + TextFit.End(AcceptEffectText.Line(context.Settings.Settings.Organizer), width) + "\n" + ReviewRows.HeaderFor(width),
            items.Select(item => ReviewRows.Render(item, width)).ToList());
    }

    protected override string Describe(int row) => row < items.Count ? ReviewRows.Describe(items[row]) : "";

    protected override Tone RowTone(int row) => row < items.Count ? items[row].Skipped ? Tone.Dim : Theme.Confidence(items[row].Confidence) : Tone.Normal;

    // The decision is for the row on screen, whatever read is under way; the list shows its effect at once and the
    // page is read again behind it.
    private void Decide(Func<ReviewQueue, ReviewOutcome> decide)
    {
        if (Current is not { } decided)
        {
            return;
        }

        ReviewOutcome outcome;
        try
        {
            outcome = decide(new ReviewQueue(context.Connection));
        }
        catch (ArgumentException settled)
        {
            // Decided meanwhile elsewhere (`romcurator review accept` in another terminal): the page is read again.
            Say(settled.Message);
            Read(keepRows: false);
            return;
        }
        catch (Microsoft.Data.Sqlite.SqliteException busy) when (busy.SqliteErrorCode is 5 or 6)
        {
            // Another romcurator holds the database (an import, a match) past the busy timeout: nothing was written,
            // the row stays under the cursor for another try.
            Say("not decided: the database is busy (another romcurator is writing to it); try again once it is done");
            return;
        }

        Say(outcome.Message);
        selectOnceRead = [];
        var next = ReviewListAfter.Next(items, Selected, decided, outcome);
        items = ReviewListAfter.Decision(items, decided, outcome, lastPage: items.Count < PageSize);
        ShowItems(reading: false);
        // The row that followed the decided one, wherever it is now: an accept also drops the file's rows above the
        // cursor, a skip moves them to the end, so the same position would pass over the next file.
        if (next is { } id && items.FindIndex(item => item.CandidateId == id) is var row and >= 0)
        {
            List.SelectedItem = row;
        }

        Read(keepRows: true);
    }

    // A bulk accept is undone as one step (the journal records it as one batch, so also after a restart); the cursor
    // then sits on the restored suggestion once the page shows.
    private void Undo()
    {
        ReviewOutcome? outcome;
        try
        {
            outcome = new ReviewQueue(context.Connection).UndoLast();
        }
        catch (Microsoft.Data.Sqlite.SqliteException busy) when (busy.SqliteErrorCode is 5 or 6)
        {
            Say("not undone: the database is busy (another romcurator is writing to it); try again once it is done");
            return;
        }

        Say(outcome is null ? "nothing to undo" : outcome.Message);
        selectOnceRead = outcome?.CandidateIds.ToList() ?? [];
        Read(keepRows: true);
    }

    private void BulkAccept() =>
        context.Host.Ask("Accept every file's best suggestion at or above (0-1):", "0.90", typed =>
        {
            if (!double.TryParse(typed.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || threshold is < 0 or > 1)
            {
                Say($"'{typed}' is not a threshold between 0 and 1; nothing accepted.");
                return;
            }

            var count = Queue().BestAtOrAbove(threshold).Count;
            if (count == 0)
            {
                Say($"No file has a suggestion at or above {threshold:0.00}.");
                return;
            }

            context.Host.Confirm($"Accept the best suggestion of {count} {Units.Plural(count, "file")} at or above {threshold:0.00}?", () =>
            {
                var accepted = Queue().AcceptAtOrAbove(threshold);
                Say($"accepted the best suggestion of {accepted} {Units.Plural(accepted, "file")} at or above {threshold:0.00} (u undoes them all)");
                Refresh();
            });
        });

    // The list follows the filter as it is typed; Enter keeps it, Esc goes back to the filter there was before.
    private void AskFilter()
    {
        var before = filter;
        context.Host.Ask("Filter (file or game name contains; empty for all):", filter ?? "", typed => Filter(typed),
            new LiveTyping(typed => Filter(typed)), cancelled: () => Filter(before ?? ""));
    }

    private void Filter(string typed)
    {
        var wanted = string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
        if (wanted == filter)
        {
            return;
        }

        filter = wanted;
        page = 0;
        Refresh();
    }

    private void CycleOrder()
    {
        var names = ReviewOrderNames.All;
        var next = (names.ToList().FindIndex(o => o.Order == order) + 1) % names.Count;
        order = names[next].Order;
        page = 0;
        Refresh();
    }

    private void Turn(int pages)
    {
        page = Math.Max(0, page + pages);
        Refresh();
    }

    /// <summary>The queue ranked under the curator's 1G1R preferences (as `review` lists it).</summary>
    private ReviewQueue Queue() => new(context.Connection, Preferences());

    private RomCurator.Core.Preferred.VariantPreferences Preferences() =>
        RomCurator.Core.Preferred.VariantPreferences.From(context.Settings.Settings.OneGameOneRom);

    private void ToggleDetails()
    {
        if (details.Visible || Current is null)
        {
            details.Visible = false;
            return;
        }

        detailsText.Text = ReviewDetailsText.Render(Queue().Details(Current));
        details.Visible = true;
    }

    private void ToggleLatest()
    {
        latestOnly = !latestOnly;
        page = 0;
        Refresh();
    }

    private void Say(string message)
    {
        LastMessage = message;
        context.Host.Say(message);
    }
}
