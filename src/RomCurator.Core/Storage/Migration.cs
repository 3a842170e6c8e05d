namespace RomCurator.Core.Storage;

/// <summary>One numbered, forward-only schema script (sql/NNNN_description.sql).</summary>
public sealed record Migration(int Version, string Name, string Sql);
