using RomCurator.Core.Review;
using RomCurator.Core.Serialization;
using RomCurator.Tui.Presentation;

namespace RomCurator.Tui.Cli.Verbs;

/// <summary>
/// `romcurator review …`: the review queue headless — list open suggestions, accept / reject / skip one, accept
/// every file's best suggestion at or above a threshold, show the evidence behind one, undo the last decision.
/// </summary>
public static class ReviewVerbs
{
    public static readonly VerbSpec List = new(
        ["review"],
        "list open review suggestions (file, suggested game, confidence, reason)",
        "review [--filter TEXT] [--latest] [--sort file|confidence|doubtful|game] [--json]",
        [
            new OptionSpec("--filter", "only suggestions whose file or game name contains TEXT", TakesValue: true, ValueName: "TEXT"),
            new OptionSpec("--latest", "only suggestions from the last run"),
            new OptionSpec("--sort", "order: file (default), confidence (highest first), doubtful (lowest first), game", TakesValue: true, ValueName: "ORDER"),
        ],
        RunList);

    /// <summary>`review list` is `review` spelled out, as scripts may write it.</summary>
    public static readonly VerbSpec ListSpelledOut = List with { Words = ["review", "list"], Usage = "review list [--filter TEXT] [--latest] [--sort ORDER] [--json]" };

    public static readonly VerbSpec Accept = Decision("accept", "link the file to the suggested game and its release", (queue, id) => queue.Accept(id));

    public static readonly VerbSpec Reject = Decision("reject", "drop the suggestion (and the automatic link matching made for it)", (queue, id) => queue.Reject(id));

    public static readonly VerbSpec Skip = Decision("skip", "set the suggestion aside: it stays open, its file moves to the end of the queue", (queue, id) => queue.Skip(id));

    public static readonly VerbSpec AcceptAbove = new(
        ["review", "accept-above"],
        "accept every file's best suggestion at or above THRESHOLD (0-1)",
        "review accept-above THRESHOLD [--json]",
        [],
        RunAcceptAbove,
        MinPositionals: 1,
        MaxPositionals: 1);

    public static readonly VerbSpec Show = new(
        ["review", "show"],
        "the evidence behind a suggestion: the file's sizes and header, every suggestion with the DAT ROM size and reason, the runner-up",
        "review show CANDIDATE [--json]",
        [],
        RunShow,
        MinPositionals: 1,
        MaxPositionals: 1);

    public static readonly VerbSpec Undo = new(
        ["review", "undo"],
        "undo the last review decision",
        "review undo [--json]",
        [],
        RunUndo);

    private static VerbSpec Decision(string verb, string summary, Func<ReviewQueue, long, ReviewOutcome> decide) => new(
        ["review", verb],
        summary,
        $"review {verb} CANDIDATE [--json]",
        [],
        context =>
        {
            var id = CandidateNumber(context.Args.Positionals[0]);
            using var connection = context.OpenDatabase();
            return Print(context, Guard(() => decide(new ReviewQueue(connection), id)));
        },
        MinPositionals: 1,
        MaxPositionals: 1);

    private static int RunList(VerbContext context)
    {
        var order = ReviewSortOption.Parse(context.Args.Value("--sort"));
        using var connection = context.OpenDatabase();
        // Streamed: the queue can hold hundreds of thousands of suggestions.
        var items = Queue(context, connection).Stream(context.Args.Value("--filter"), context.Args.Has("--latest"), order: order);
        if (context.Global.Json)
        {
            // The same bytes as serializing a ReviewReport: {"candidates":[…]}.
            context.Out.Write("{\"candidates\":");
            JsonRows.WriteArray(context.Out, items, ReportJsonContext.Default.ReviewItem);
            context.Out.WriteLine("}");
            return ExitCodes.Ok;
        }

        var listed = 0;
        foreach (var item in items)
        {
            if (listed++ == 0)
            {
                context.Out.WriteLine($"{"ID",7} {"CONF",5}  FILE → SUGGESTED GAME  (reason)");
            }

            context.Out.WriteLine($"{item.CandidateId,7} {item.Confidence,5:0.00}  {item.File} → {item.SuggestedTitle}  ({item.Reason})" +
                                  (item.Skipped ? "  [skipped]" : ""));
        }

        if (listed == 0)
        {
            context.Out.WriteLine("the review queue is empty");
        }

        return ExitCodes.Ok;
    }

    private static int RunAcceptAbove(VerbContext context)
    {
        if (!double.TryParse(context.Args.Positionals[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var threshold)
            || threshold is < 0 or > 1)
        {
            throw new UsageException($"'{context.Args.Positionals[0]}' is not a threshold between 0 and 1");
        }

        using var connection = context.OpenDatabase();
        var accepted = Queue(context, connection).AcceptAtOrAbove(threshold);
        return Print(context, new ReviewOutcome("accepted", [], $"accepted the best suggestion of {accepted} {Units.Plural(accepted, "file")} at or above {threshold:0.00}"));
    }

    /// <summary>The queue ranked under the curator's 1G1R preferences.</summary>
    private static ReviewQueue Queue(VerbContext context, Microsoft.Data.Sqlite.SqliteConnection connection) =>
        new(connection, RomCurator.Core.Preferred.VariantPreferences.From(context.Settings.Settings.OneGameOneRom));

    private static int RunShow(VerbContext context)
    {
        var id = CandidateNumber(context.Args.Positionals[0]);
        using var connection = context.OpenDatabase();
        var queue = Queue(context, connection);
        var item = queue.Item(id) ?? throw new VerbFailedException($"there is no suggestion {id} (see romcurator review)");
        var details = queue.Details(item);
        if (context.Global.Json)
        {
            context.WriteJson(details, ReportJsonContext.Default.ReviewDetails);
            return ExitCodes.Ok;
        }

        foreach (var line in ReviewDetailsLines.Lines(details))
        {
            context.Out.WriteLine(line);
        }

        return ExitCodes.Ok;
    }

    private static long CandidateNumber(string text) => long.TryParse(text, out var parsed)
        ? parsed
        : throw new UsageException($"'{text}' is not a candidate number (see romcurator review)");

    private static int RunUndo(VerbContext context)
    {
        using var connection = context.OpenDatabase();
        var outcome = new ReviewQueue(connection).UndoLast() ?? throw new VerbFailedException("there is no review decision to undo");
        return Print(context, outcome);
    }

    private static int Print(VerbContext context, ReviewOutcome outcome)
    {
        if (context.Global.Json)
        {
            context.WriteJson(outcome, ReportJsonContext.Default.ReviewOutcome);
        }
        else
        {
            context.Out.WriteLine(outcome.Message);
        }

        return ExitCodes.Ok;
    }

    private static ReviewOutcome Guard(Func<ReviewOutcome> decide)
    {
        try
        {
            return decide();
        }
        catch (ArgumentException problem)
        {
            throw new VerbFailedException(problem.Message);
        }
    }
}
