using System.Text.Json.Serialization;
using RomCurator.Core.Scans;

namespace RomCurator.Core.Pipeline.Checkpoints;

/// <summary>
/// A scan's own JSON: its summary in <c>import_log.notes</c> and its checkpoint file.
/// Same options as the CLI's ReportJsonContext, so the JSON is the same byte for byte.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false)]
[JsonSerializable(typeof(ScanSummary))]
[JsonSerializable(typeof(ScanCheckpoint))]
public sealed partial class ScanJsonContext : JsonSerializerContext;
