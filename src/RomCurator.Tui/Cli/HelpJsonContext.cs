using System.Text.Json.Serialization;

namespace RomCurator.Tui.Cli;

/// <summary>`--help --json`, with the snake_case keys of every other --json output (serialization only).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(HelpReport))]
public sealed partial class HelpJsonContext : JsonSerializerContext;
