namespace RomCurator.Core.Matching;

/// <summary>How a file's size compares with the sizes of a DAT game's ROMs.</summary>
public enum SizeFit
{
    /// <summary>Nothing to compare: the DAT gives no size, or the file is a compressed image (CHD, CSO, RVZ…).</summary>
    Unknown,

    /// <summary>The file, or its data without the header, is exactly the size of one of the game's ROMs.</summary>
    Same,

    /// <summary>Within a factor of <see cref="SizeEvidence.CloseRatio"/> (an overdump, a trimmed or padded dump).</summary>
    Close,

    /// <summary>Off by a factor up to <see cref="SizeEvidence.FarRatio"/>.</summary>
    Off,

    /// <summary>Off by more: another game, or not a ROM at all. Never linked by title.</summary>
    Far,

    /// <summary>Empty or tiny (under <see cref="SizeEvidence.TinyBytes"/>) and not the size of any ROM of the game. Never linked by title.</summary>
    Tiny,
}
