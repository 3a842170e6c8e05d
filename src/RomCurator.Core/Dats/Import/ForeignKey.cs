namespace RomCurator.Core.Dats.Import;

/// <summary>
/// One foreign key of a table: its parent table and its (child column, parent column) pairs; <see cref="Present"/>, for
/// a key of one column on the parent's row id, a range of ids whose parent rows are all there.
/// </summary>
internal sealed record ForeignKey(string Parent, IReadOnlyList<(string From, string? To)> Columns, IdRange? Present = null);
