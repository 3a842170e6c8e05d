namespace RomCurator.Core.Hashing;

/// <summary>How a <see cref="RawFileRead"/> ended.</summary>
public enum RawReadStatus
{
    /// <summary>The bytes are in the buffer, with the file's state after the read.</summary>
    Read,

    /// <summary>The path is a symbolic link (not followed).</summary>
    Link,

    /// <summary>Opened, but not a regular file (a FIFO, socket, device or folder): not read.</summary>
    NotRegular,

    /// <summary>Opened through a folder that is now a link out of the root: not read.</summary>
    OutsideRoot,

    /// <summary>Not read this way (an error, or no raw calls here): read it through a FileStream, which reports the error.</summary>
    Unavailable,
}
