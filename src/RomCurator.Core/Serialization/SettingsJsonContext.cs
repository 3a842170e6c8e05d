using System.Text.Json.Serialization;
using RomCurator.Core.Configuration;

namespace RomCurator.Core.Serialization;

/// <summary>Settings as they appear in config.json (camelCase), for `config show` and saving the user file.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(RomCuratorSettings))]
public sealed partial class SettingsJsonContext : JsonSerializerContext;
