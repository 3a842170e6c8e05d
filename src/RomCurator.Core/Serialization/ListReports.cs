using RomCurator.Core.Registry;
using RomCurator.Core.Reports;
using RomCurator.Core.Runs;

namespace RomCurator.Core.Serialization;

/// <summary>`runs --json`: the run history, newest first.</summary>
public sealed record RunsReport(IReadOnlyList<RunRecord> Runs);

/// <summary>`validate --json`: files matching no DAT entry and stale file records.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationEntry> Unmatched, IReadOnlyList<ValidationEntry> Stale);

/// <summary>`extensions --json`: the registry, and the extensions found in the library that it does not know.</summary>
public sealed record ExtensionsReport(IReadOnlyList<ExtensionEntry> Extensions, IReadOnlyList<UnknownExtension> Unknown);

/// <summary>`platforms --json`: every name that leads to a platform.</summary>
public sealed record PlatformLinksReport(IReadOnlyList<PlatformLink> Links);

/// <summary>`config set --json`: the setting changed and the file it was saved to.</summary>
public sealed record ConfigSetReport(string Key, string Value, string File);
