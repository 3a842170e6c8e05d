using System.Text.Json.Serialization;

namespace RomCurator.Core.Matching;

/// <summary>
/// A match run's summary as stored in <c>import_log.notes</c>.
/// Same options as the CLI's ReportJsonContext, so the JSON is the same byte for byte; write-only like it (fast path only).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(MatchSummary))]
public sealed partial class MatchJsonContext : JsonSerializerContext;
