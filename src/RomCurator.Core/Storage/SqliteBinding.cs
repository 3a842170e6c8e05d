using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Storage;

/// <summary>
/// SQLite's bind calls made directly on a statement's handle, for <see cref="SqlBulkInsert"/>'s many values per
/// statement: the library's own wrapper adds an interface call and a reference count on the statement's safe handle to
/// every value, and copies every text. These take the raw handle, which the caller keeps alive (it holds the statement),
/// skip the GC transition (a bind only stores the value: it neither blocks nor calls back), and bind texts as
/// <see cref="Static"/>: SQLite reads them from the caller's memory, which must stay as it is, pinned, until the
/// statement has run. The library is the one Microsoft.Data.Sqlite uses (linked in statically in the published binary).
/// </summary>
internal static unsafe partial class SqliteBinding
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_STATIC: the text is the caller's, unchanged until the statement has run.</summary>
    private static readonly nint Static = 0;

    public static int Integer(nint statement, int index, long value) => BindInt64(statement, index, value);

    public static int Real(nint statement, int index, double value) => BindDouble(statement, index, value);

    public static int Null(nint statement, int index) => BindNull(statement, index);

    /// <summary>Binds <paramref name="length"/> bytes of UTF-8 at <paramref name="utf8"/> (pinned memory) without a copy.</summary>
    public static int Text(nint statement, int index, byte* utf8, int length) => BindText(statement, index, utf8, length, Static);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int BindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int BindDouble(nint statement, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int BindNull(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int BindText(nint statement, int index, byte* text, int length, nint destructor);
}
