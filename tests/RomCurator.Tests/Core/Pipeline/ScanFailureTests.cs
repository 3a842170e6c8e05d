using Microsoft.Data.Sqlite;
using RomCurator.Core.Pipeline;

namespace RomCurator.Tests.Core.Pipeline;

public sealed class ScanFailureTests
{
    [Test]
    public async Task Database_and_file_failures_are_told_as_they_are_and_anything_else_is_named_an_internal_error()
    {
        await Assert.That(ScanFailure.Describe(new IOException("disk full"))).IsEqualTo("disk full");
        await Assert.That(ScanFailure.Describe(new UnauthorizedAccessException("denied"))).IsEqualTo("denied");
        await Assert.That(ScanFailure.Describe(new SqliteException("database is locked", 5))).IsEqualTo("database is locked");
        await Assert.That(ScanFailure.Describe(new InvalidOperationException("bad state")))
            .IsEqualTo("internal error (InvalidOperationException): bad state; details are in the ingestion log");
    }
}
