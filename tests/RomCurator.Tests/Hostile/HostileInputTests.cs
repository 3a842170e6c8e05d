namespace RomCurator.Tests.Hostile;

/// <summary>
/// The hostile-input suite: every case of <see cref="HostileCases.All"/> is built from real files and run
/// through RomCurator's real command line. Each must end cleanly (scan or import finished, or one clear
/// message), record what happened, and write nothing outside the data folder. The results are rendered into
/// docs/reliability.md: a document that differs fails the run (ROMCURATOR_UPDATE_DOCS=1 rewrites it instead).
/// </summary>
public sealed class HostileInputTests
{
    public static IEnumerable<Func<string>> CaseNames() => HostileCases.All.Select(c => (Func<string>)(() => c.Name));

    [Test]
    [MethodDataSource(nameof(CaseNames))]
    public async Task Case(string name)
    {
        var hostile = HostileCases.All.Single(c => c.Name == name);
        var result = HostileCaseRunner.Run(hostile);
        HostileResults.Record(result);

        await Assert.That(result.Failures).IsEmpty().Because($"{name}: {result.Outcome}");
    }

    [Test]
    [DependsOn(nameof(Case), [typeof(string)], ProceedOnFailure = true)]
    [NotInParallel(ReliabilityDocument.Writers)]
    public async Task Reliability_document_lists_every_case()
    {
        var results = HostileResults.All(HostileCases.All);
        await Assert.That(results).IsNotNull().Because("every hostile case must run in this process to render the table");

        var stale = ReliabilityDocument.Stale(ReliabilityDocument.HostileSection, ReliabilityDocument.Table(results!), nameof(HostileInputTests));

        await Assert.That(results!.Count).IsGreaterThanOrEqualTo(30);
        await Assert.That(stale).IsNull();
    }
}
