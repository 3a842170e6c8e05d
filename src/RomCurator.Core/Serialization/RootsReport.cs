using RomCurator.Core.Library;

namespace RomCurator.Core.Serialization;

/// <summary>What `romcurator roots list --json` prints.</summary>
public sealed record RootsReport(IReadOnlyList<LibraryRoot> Roots);
