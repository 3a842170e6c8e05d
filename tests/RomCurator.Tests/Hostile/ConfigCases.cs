namespace RomCurator.Tests.Hostile;

/// <summary>
/// Config files of an unusual shape: a section given twice (the configuration system merges the two, a JSON document
/// cannot hold them) or a key given twice (refused as not valid JSON). Each is one clear line, never an unexpected error.
/// </summary>
public static class ConfigCases
{
    public static IEnumerable<HostileCase> All() =>
    [
        new("config, a section given twice, one value bad", "config.json with \"scan\" twice: { \"batchSize\": 0 } then { \"hashWorkers\": 1 }",
            "scan.batchSize must be between 1 and 100000 (got 0)",
            w => StateCases.RefusedScan(w, () => w.Configure("""  "scan": { "batchSize": 0 }, "scan": { "hashWorkers": 1 }  """))),
        new("config, a key given twice", "config.json with \"archives\": { \"maxDepth\": 99, \"maxDepth\": 2 } and \"scan\": { \"batchSize\": 0 }",
            "is not valid JSON: A duplicate key 'archives:maxDepth' was found",
            w => StateCases.RefusedScan(w, () => w.Configure("""  "archives": { "maxDepth": 99, "maxDepth": 2 }, "scan": { "batchSize": 0 }  """))),
    ];
}
