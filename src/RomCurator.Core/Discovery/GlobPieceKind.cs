namespace RomCurator.Core.Discovery;

/// <summary>What one piece of a <see cref="GlobPattern"/> reads.</summary>
internal enum GlobPieceKind
{
    /// <summary>One given character, in either case.</summary>
    Literal,

    /// <summary><c>?</c>: one character other than '/'.</summary>
    OneInName,

    /// <summary><c>*</c>: any run of characters other than '/'.</summary>
    RunInName,

    /// <summary><c>**</c> not followed by '/': any run of characters.</summary>
    AnyRun,

    /// <summary><c>**/</c>: nothing, or any run of characters ending in '/' (its entry state).</summary>
    FoldersRun,

    /// <summary>The inside of <see cref="FoldersRun"/> after its first character: more characters up to a '/'.</summary>
    FoldersRunLoop,
}
