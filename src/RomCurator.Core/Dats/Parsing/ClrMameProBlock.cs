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

    /// <summary>The first value of <paramref name="key"/> (any case), or null.</summary>
    public string? Field(string key)
    {
        foreach (var field in Fields)
        {
            if (field.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                return field.Value;
            }
        }

        return null;
    }
}
