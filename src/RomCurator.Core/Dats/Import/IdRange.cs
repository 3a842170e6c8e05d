namespace RomCurator.Core.Dats.Import;

/// <summary>The row ids from <see cref="First"/> to <see cref="Last"/>, both included.</summary>
internal readonly record struct IdRange(long First, long Last);
