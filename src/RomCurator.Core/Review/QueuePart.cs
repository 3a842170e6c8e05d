namespace RomCurator.Core.Review;

/// <summary>The two parts the review queue is listed in, one after the other.</summary>
internal enum QueuePart
{
    /// <summary>Files none of whose open suggestions was skipped.</summary>
    Waiting,

    /// <summary>Files with a skipped open suggestion, the longest skipped first.</summary>
    SetAside,
}
