using System.Text.Json;
using RomCurator.Core.Organizer;
using RomCurator.Core.Review;
using RomCurator.Core.Serialization;
using RomCurator.Tests.Support;
using RomCurator.Tui.Cli.Verbs;

namespace RomCurator.Tests.Tui.Cli;

/// <summary>Listings written as their rows stream by say exactly what serializing or rendering them whole said.</summary>
public sealed class StreamedListingTests
{
    [Test]
    public async Task The_plan_as_json_is_the_bytes_of_the_whole_plan_serialized()
    {
        var lines = SamplePlans.Lines(120);
        var output = new StringWriter();

        PlanJson.Write(output, "{platform}/{title}{ext}", lines);

        var whole = JsonSerializer.Serialize(new OrganizerPlan("{platform}/{title}{ext}", lines), ReportJsonContext.Default.OrganizerPlan);
        await Assert.That(output.ToString()).IsEqualTo(whole + Environment.NewLine);
    }

    [Test]
    public async Task The_plan_as_text_from_its_table_is_the_text_of_the_whole_plan()
    {
        using var database = new TestDatabase();
        var lines = SamplePlans.Lines(120);
        using var plan = PlanTable.Fill(database.Connection, "{platform}/{title}{ext}", lines);

        var text = PlanText.Render(plan).ToList();

        await Assert.That(text).IsEquivalentTo(WholeText("{platform}/{title}{ext}", lines), TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task The_review_queue_as_json_is_the_bytes_of_the_whole_queue_serialized()
    {
        using var home = new TempDirectory();
        SnesCliLibrary.Scan(home, """
            game ( name "Zelda no Densetsu - Kamigami no Triforce (Japan)" rom ( name "a.sfc" size 1 crc 00000001 ) )
            game ( name "Zelda - Adventure & <Ocarina> (Europe)" rom ( name "b.sfc" size 1 crc 00000002 ) )
            game ( name "Pokémon Zelda's Stadium (Japan)" rom ( name "c.sfc" size 1 crc 00000003 ) )
            """,
            ("Zelda (Japan).sfc", Fixtures.Bytes(64, 3)),
            ("Zelda Adventure 'Stadium'.sfc", Fixtures.Bytes(64, 4)));

        var listed = CliRun.Invoke(home, "review", "--json", "--sort", "game");
        using var connection = RomCurator.Core.Storage.DatabaseOpener.Open(home.File("data/romcurator/romcurator.db"));
        var items = new ReviewQueue(connection).Open(limit: int.MaxValue, order: ReviewOrder.Game);
        var whole = JsonSerializer.Serialize(new ReviewReport(items), ReportJsonContext.Default.ReviewReport);

        await Assert.That(items.Count).IsGreaterThan(2);
        await Assert.That(listed.Output).IsEqualTo(whole + Environment.NewLine);
        await Assert.That(CliRun.Invoke(home, "review", "--filter", "nothing like it").Output.Trim()).IsEqualTo("the review queue is empty");
    }

    /// <summary>The dry-run text as it was rendered from the whole plan in memory.</summary>
    private static List<string> WholeText(string template, List<PlannedMove> items)
    {
        var plan = new OrganizerPlan(template, items);
        var text = new List<string>
        {
            $"organizer plan (dry run, nothing moved) with template '{plan.Template}':",
            $"  {plan.Moves} to move, {plan.InPlace} already in place, {plan.Conflicts} conflicts, {plan.Skips} skipped",
        };
        foreach (var group in items.Where(i => i.Action != PlanActions.Skip).GroupBy(i => i.Platform))
        {
            text.Add("");
            text.Add(group.Key + ":");
            text.AddRange(group.Select(item => item.Action switch
            {
                PlanActions.Move => $"  {item.Root}: {item.From} → {item.To}",
                PlanActions.InPlace => $"  {item.Root}: {item.From} (in place)",
                _ => $"  {item.Root}: {item.From} → {item.To}  CONFLICT: {item.Reason}",
            }));
        }

        text.Add("");
        text.Add("skipped:");
        text.AddRange(items.Where(i => i.Action == PlanActions.Skip).Select(item => $"  {item.Root}: {item.From}: {item.Reason}"));
        return text;
    }
}
