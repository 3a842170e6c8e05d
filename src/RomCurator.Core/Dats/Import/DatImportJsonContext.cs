using System.Text.Json.Serialization;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// A DAT import's summary as stored in <c>import_log.notes</c>.
/// Same options as the CLI's ReportJsonContext, so the JSON is the same byte for byte; write-only like it (fast path only).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(DatImportSummary))]
public sealed partial class DatImportJsonContext : JsonSerializerContext;
