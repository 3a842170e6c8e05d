namespace RomCurator.Core.Dats.Parsing;

/// <summary>A parsed <c>name ( key value … key ( … ) )</c> block: its fields and nested blocks, in order.</summary>
public sealed class ClrMameProBlock(string name, int line)
{
    public string Name { get; } = name;

    public int Line { get; } = line;

    public List<KeyValuePair<string, string>> Fields { get; } = [];

    public List<ClrMameProBlock> Children { get; } = [];

    /// <summary>Nested blocks past <see cref="DatLimits.MaxRomsPerGame"/>, read but not kept.</summary>
    public long DroppedChildren { get; set; }

    /// <summary>The line of the first nested block not kept.</summary>
    public int FirstDroppedLine { get; set; }

    public string? Field(string key) => Fields.FirstOrDefault(f => f.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value;
}
