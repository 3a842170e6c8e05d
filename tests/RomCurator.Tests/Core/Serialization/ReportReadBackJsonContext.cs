using System.Text.Json.Serialization;
using RomCurator.Core.Storage;

namespace RomCurator.Tests.Core.Serialization;

/// <summary>
/// Reads reports back in tests: the product's ReportJsonContext only writes (fast-path serialization, no metadata),
/// so the tests read with this metadata-based context of the same options.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false)]
[JsonSerializable(typeof(DatabaseSummary))]
[JsonSerializable(typeof(RomCurator.Core.Serialization.ErrorReport))]
[JsonSerializable(typeof(RomCurator.Core.Serialization.VersionReport))]
internal sealed partial class ReportReadBackJsonContext : JsonSerializerContext;
