namespace RomCurator.Core.Dats.Parsing;

/// <summary>A clrmamepro token: text, whether it was quoted, and its line.</summary>
public readonly record struct ClrMameProToken(string Text, bool IsQuoted, int Line)
{
    public bool IsOpen => !IsQuoted && Text == "(";

    public bool IsClose => !IsQuoted && Text == ")";
}
