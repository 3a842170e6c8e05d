using System.Text.Json.Serialization;
using RomCurator.Core.Storage;

namespace RomCurator.Core.Serialization;

/// <summary>
/// Every --json output and JSON note of the engine, with the snake_case keys scripts rely on. Write-only: only the
/// serialization fast path is generated (RomCurator never reads a report back; no metadata keeps the binary smaller).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = false,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(VersionReport))]
[JsonSerializable(typeof(ErrorReport))]
[JsonSerializable(typeof(DatabaseSummary))]
[JsonSerializable(typeof(RomCurator.Core.Library.LibraryRoot))]
[JsonSerializable(typeof(RootsReport))]
[JsonSerializable(typeof(RomCurator.Core.Scans.ScanSummary))]
[JsonSerializable(typeof(RomCurator.Core.Pipeline.Checkpoints.ScanCheckpoint))]
[JsonSerializable(typeof(RomCurator.Core.Dats.Import.DatImportSummary))]
[JsonSerializable(typeof(DatImportReport))]
[JsonSerializable(typeof(DatListReport))]
[JsonSerializable(typeof(RomCurator.Core.Dats.Catalog.DatRemoval))]
[JsonSerializable(typeof(RomCurator.Core.Matching.MatchSummary))]
[JsonSerializable(typeof(RomCurator.Core.Library.FileListingEntry))]
[JsonSerializable(typeof(RomCurator.Core.Reports.LibraryReport))]
[JsonSerializable(typeof(FixDatReport))]
[JsonSerializable(typeof(RomCurator.Core.Reports.DuplicateReport))]
[JsonSerializable(typeof(RomCurator.Core.Preferred.PreferredReport))]
[JsonSerializable(typeof(RomCurator.Core.Organizer.OrganizerPlan))]
[JsonSerializable(typeof(RomCurator.Core.Organizer.OrganizeRunReport))]
[JsonSerializable(typeof(ReviewReport))]
[JsonSerializable(typeof(RomCurator.Core.Review.ReviewOutcome))]
[JsonSerializable(typeof(RomCurator.Core.Review.ReviewDetails))]
[JsonSerializable(typeof(RunsReport))]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(ExtensionsReport))]
[JsonSerializable(typeof(RomCurator.Core.Registry.ExtensionEntry))]
[JsonSerializable(typeof(PlatformLinksReport))]
[JsonSerializable(typeof(RomCurator.Core.Registry.PlatformLink))]
[JsonSerializable(typeof(ConfigSetReport))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
