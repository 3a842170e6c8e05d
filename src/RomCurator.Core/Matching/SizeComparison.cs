namespace RomCurator.Core.Matching;

/// <summary>
/// A file's size against a DAT game's ROM sizes: the fit, the nearest ROM size, how far (|log2| of the ratio: 0 the
/// same, 1 twice or half; unknown sizes sort last), what the score is multiplied by, whether it may be linked, and in words.
/// </summary>
public sealed record SizeComparison(SizeFit Fit, long? Nearest, double Distance, double Factor, bool CanLink, string Text);
