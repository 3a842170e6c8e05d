namespace RomCurator.Core.Dats.Import;

/// <summary>One foreign key of a table: its parent table and its (child column, parent column) pairs.</summary>
internal sealed record ForeignKey(string Parent, IReadOnlyList<(string From, string? To)> Columns);
