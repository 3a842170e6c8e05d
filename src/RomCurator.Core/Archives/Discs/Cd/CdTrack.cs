namespace RomCurator.Core.Archives.Discs.Cd;

/// <summary>
/// One track of a CD or GD-ROM CHD as its metadata describes it. <see cref="Frames"/> counts every frame stored
/// for the track, the pregap included when <see cref="PregapInData"/> (chdman's "V" pregap types); in the CHD the
/// track starts at <see cref="FirstFrame"/> and is padded to a multiple of four frames.
/// </summary>
public sealed record CdTrack(int Number, string Type, string Subtype, int Frames, int Pregap, string PregapType, int Postgap, int Pad)
{
    /// <summary>Frame index of the track's first frame inside the CHD data.</summary>
    public long FirstFrame { get; init; }

    public bool IsAudio => Type == "AUDIO";

    public bool PregapInData => PregapType.StartsWith('V');

    /// <summary>Bytes of each frame that belong to the track (chdman stores cooked sectors at the frame's start).</summary>
    public int DataSize => Type switch
    {
        "MODE1" or "MODE2_FORM1" => 2048,
        "MODE2_FORM2" => 2324,
        "MODE2" or "MODE2_FORM_MIX" => 2336,
        _ => 2352,
    };

    /// <summary>The cue sheet's name for the track mode.</summary>
    public string CueMode => Type switch
    {
        "AUDIO" => "AUDIO",
        "MODE1" => "MODE1/2048",
        "MODE1_RAW" => "MODE1/2352",
        "MODE2" or "MODE2_FORM_MIX" => "MODE2/2336",
        "MODE2_FORM1" => "MODE2/2048",
        "MODE2_FORM2" => "MODE2/2324",
        _ => "MODE2/2352",
    };

    /// <summary>Frames written to the track's file: a GD-ROM track's <see cref="Pad"/> frames (the gap up to the next track's start) are not.</summary>
    public int FileFrames => Frames - Pad;

    public long Bytes => (long)FileFrames * DataSize;
}
