namespace RomCurator.Core.FileSystem;

/// <summary>One name read from a folder, as the bytes the file system keeps, with its <c>d_type</c> (see <see cref="DirectoryHandle"/>).</summary>
public readonly record struct DirectoryName(byte[] Bytes, byte Type);
