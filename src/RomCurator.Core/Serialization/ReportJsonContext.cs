using System.Text.Json.Serialization;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Serialization;

/// <summary>Every --json output and JSON note of the engine, with the snake_case keys scripts rely on.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false)]
[JsonSerializable(typeof(VersionReport))]
[JsonSerializable(typeof(ErrorReport))]
[JsonSerializable(typeof(DatabaseSummary))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
