using RomCurator.Core.Runs;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Runs;

public sealed class JobLockTests
{
    [Test]
    public async Task The_lock_lies_beside_the_database_and_a_second_holder_is_told_who_holds_it()
    {
        using var folder = new TempDirectory();
        var database = folder.File("lib/romcurator.db");

        using var held = JobLock.Acquire(database, JobLocks.Library, "a scan");
        var second = JobLock.TryAcquire(database, JobLocks.Library, "an organizer run");
        var refusal = Assert.Throws<JobBusyException>(() => JobLock.Acquire(database, JobLocks.Library, "an organizer run"));

        await Assert.That(held.Path).IsEqualTo(folder.File("lib/romcurator.lock"));
        await Assert.That(second).IsNull();
        await Assert.That(refusal.Message).IsEqualTo($"a scan is in progress (pid {Environment.ProcessId}); try again when it has finished.");
    }

    [Test]
    public async Task Released_locks_can_be_taken_again_and_name_no_stale_owner()
    {
        using var folder = new TempDirectory();
        var database = folder.File("romcurator.db");

        JobLock.Acquire(database, JobLocks.Library, "a scan").Dispose();
        using var again = JobLock.TryAcquire(database, JobLocks.Library, "a match run");

        await Assert.That(again).IsNotNull();
        await Assert.That(File.Exists(folder.File("romcurator.lock"))).IsTrue();
    }

    [Test]
    public async Task Different_databases_and_different_jobs_do_not_exclude_each_other()
    {
        using var folder = new TempDirectory();

        using var first = JobLock.Acquire(folder.File("a/romcurator.db"), JobLocks.Library, "a scan");
        using var other = JobLock.TryAcquire(folder.File("b/romcurator.db"), JobLocks.Library, "a scan");
        using var import = JobLock.TryAcquire(folder.File("a/romcurator.db"), JobLocks.DatImport, "a DAT import");

        await Assert.That(other).IsNotNull();
        await Assert.That(import).IsNotNull();
    }

    [Test]
    public async Task A_database_reached_through_a_symlink_shares_its_lock()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("real"));
        File.WriteAllText(folder.File("real/romcurator.db"), "");
        Directory.CreateSymbolicLink(folder.File("alias"), folder.File("real"));

        using var held = JobLock.Acquire(folder.File("real/romcurator.db"), JobLocks.Library, "a scan");

        await Assert.That(JobLock.TryAcquire(folder.File("alias/romcurator.db"), JobLocks.Library, "a scan")).IsNull();
    }
}
