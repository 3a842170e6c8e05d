namespace RomCurator.Tests.Hostile;

/// <summary>
/// Config files of an unusual shape: JSON the configuration system reads (a section given twice, which it merges) but
/// a JSON document cannot hold. A bad value in it is one clear line, like any bad value, never an unexpected error.
/// </summary>
public static class ConfigCases
{
    public static IEnumerable<HostileCase> All() =>
    [
        new("config, a section given twice, one value bad", "config.json with \"scan\" twice: { \"batchSize\": 0 } then { \"hashWorkers\": 1 }",
            "scan.batchSize must be between 1 and 100000 (got 0)",
            w => StateCases.RefusedScan(w, () => w.Configure("""  "scan": { "batchSize": 0 }, "scan": { "hashWorkers": 1 }  """))),
        new("config, a key given twice, one value bad", "config.json with \"archives\": { \"maxDepth\": 99, \"maxDepth\": 2 } (the last wins) and \"scan\": { \"batchSize\": 0 }",
            "scan.batchSize must be between 1 and 100000 (got 0)",
            w => StateCases.RefusedScan(w, () => w.Configure("""  "archives": { "maxDepth": 99, "maxDepth": 2 }, "scan": { "batchSize": 0 }  """))),
    ];
}
