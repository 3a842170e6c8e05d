namespace RomCurator.Core.Storage;

/// <summary>A column <see cref="SqlBulkInsert"/> gives the same value in every row: an integer, a text, or NULL.</summary>
public readonly record struct SqlConstant(string Column, long? Integer = null, string? Text = null);
