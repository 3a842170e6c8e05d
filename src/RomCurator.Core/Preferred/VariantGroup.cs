namespace RomCurator.Core.Preferred;

/// <summary>
/// One game's variants, best first (<see cref="Preferred"/> is the copy 1G1R keeps). <see cref="Key"/> is the parent's
/// name for a DAT's parent/clone family, or the title key (with its disc) when the family was inferred from names.
/// </summary>
public sealed record VariantGroup(string Key, bool Inferred, IReadOnlyList<GameVariant> Ranked)
{
    public GameVariant Preferred => Ranked[0];
}
