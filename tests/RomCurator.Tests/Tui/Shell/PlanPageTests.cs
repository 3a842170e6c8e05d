using RomCurator.Core.Organizer;
using RomCurator.Tests.Support;
using RomCurator.Tui.Shell.Panes;

namespace RomCurator.Tests.Tui.Shell;

/// <summary>The Organizer pane's pages, read from the plan table, are the pages of the whole plan's rows.</summary>
public sealed class PlanPageTests
{
    [Test]
    [Arguments(PlanView.Changes)]
    [Arguments(PlanView.Everything)]
    [Arguments(PlanView.Problems)]
    public async Task Every_page_holds_the_rows_the_whole_plan_has_there(PlanView view)
    {
        using var database = new TestDatabase();
        var lines = SamplePlans.Lines(230);
        using var plan = PlanTable.Fill(database.Connection, "{platform}/{title}{ext}", lines);
        var expected = AllRows(lines, view);

        var pages = new List<PlanPage>();
        for (var page = 0; page < 40; page++)
        {
            pages.Add(PlanPage.Read(plan, view, page, 7));
        }

        var read = pages.TakeWhile((p, i) => p.Page == i).SelectMany(p => p.Rows).ToList();
        await Assert.That(read.Select(r => r.Text)).IsEquivalentTo(expected.Select(r => r.Text), TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(read.Select(r => r.Item)).IsEquivalentTo(expected.Select(r => r.Item), TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(pages[^1].Page).IsEqualTo((expected.Count - 1) / 7).Because("a page past the end shows the last one");
        await Assert.That(pages[0].TotalRows).IsEqualTo(expected.Count);
    }

    [Test]
    public async Task An_empty_view_says_so()
    {
        using var database = new TestDatabase();
        using var plan = PlanTable.Fill(database.Connection, "{title}{ext}", SamplePlans.Lines(60).Where(l => l.Action == PlanActions.Move));

        var page = PlanPage.Read(plan, PlanView.Problems, 3, 10);

        await Assert.That(page.Rows.Single().Text).IsEqualTo("No conflicts and nothing skipped.");
        await Assert.That(plan.Counts.Moves).IsEqualTo(plan.Counts.Total);
    }

    [Test]
    public async Task A_folded_platform_is_its_header_alone_and_the_pages_count_without_its_lines()
    {
        using var database = new TestDatabase();
        var lines = SamplePlans.Lines(120);
        using var plan = PlanTable.Fill(database.Connection, "{platform}/{title}{ext}", lines);
        var platforms = lines.Select(l => l.Platform).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList();
        var first = platforms[0];
        var open = PlanPage.Read(plan, PlanView.Everything, 0, 1000);

        var page = PlanPage.Read(plan, PlanView.Everything, 0, 1000, 78, new HashSet<string> { first });

        await Assert.That(platforms.Count).IsGreaterThan(1);
        await Assert.That(page.Rows[0].Text).StartsWith($"▸ {first} (");
        await Assert.That(page.Rows[0].Text).Contains("folded");
        await Assert.That(page.Rows[1].Group?.Platform).IsNotNull().And.IsNotEqualTo(first);
        await Assert.That(page.TotalRows).IsEqualTo(open.TotalRows - lines.Count(l => l.Platform == first));
        await Assert.That(page.Rows.Any(r => r.Item?.Platform == first)).IsFalse();
        await Assert.That(open.Rows[1].Item?.Platform).IsEqualTo(first);
    }

    /// <summary>The rows as the pane built them from the whole plan in memory: platforms by name, each a header and its lines.</summary>
    private static List<PlanRow> AllRows(List<PlannedMove> lines, PlanView view)
    {
        var shown = lines.Where(i => PlanRows.Actions(view).Contains(i.Action));
        var rows = new List<PlanRow>();
        foreach (var group in shown.GroupBy(i => i.Platform).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            rows.Add(PlanRows.Group(new PlanGroup(group.Key, group.Count()), folded: false));
            rows.AddRange(group.Select(i => PlanRows.Row(i, 78)));
        }

        return rows;
    }
}
