using RomCurator.Core.Hashing;
using RomCurator.Tests.Support;

namespace RomCurator.Tests.Core.Hashing;

/// <summary>The hashing phase's hand-off between threads: order, back-pressure, completion, faults and cancellation.</summary>
public sealed class HandOffTests
{
    [Test]
    public async Task Items_arrive_in_order_and_a_full_queue_holds_the_writer_back()
    {
        var handOff = new HandOff<int>(2);
        var added = 0;
        Thread? writerThread = null;
        var writer = Task.Run(() =>
        {
            Volatile.Write(ref writerThread, Thread.CurrentThread);
            for (var i = 0; i < 100; i++)
            {
                handOff.Add(i, CancellationToken.None);
                Interlocked.Increment(ref added);
            }

            handOff.Complete();
        });
        // Wait for the writer to be blocked on the full queue (however slow the machine is to start it), then check
        // that it stays there: no sleep decides the outcome.
        Wait.Until(() => handOff.Count == 2 && Blocked(writerThread));
        await Assert.That(Volatile.Read(ref added)).IsEqualTo(2);
        await Assert.That(writer.IsCompleted).IsFalse();

        var read = new List<int>();
        while (handOff.WaitToRead(CancellationToken.None))
        {
            while (handOff.TryRead(out var item))
            {
                read.Add(item);
            }
        }

        await writer;
        await Assert.That(string.Join(",", read)).IsEqualTo(string.Join(",", Enumerable.Range(0, 100)));
    }

    [Test]
    public async Task A_fault_reaches_the_reader_after_the_items_before_it()
    {
        var handOff = new HandOff<string>(4);
        handOff.Add("first", CancellationToken.None);
        handOff.Complete(new InvalidDataException("producer failed"));

        await Assert.That(handOff.WaitToRead(CancellationToken.None)).IsTrue();
        await Assert.That(handOff.TryRead(out var item) ? item : null).IsEqualTo("first");
        await Assert.That(() => handOff.WaitToRead(CancellationToken.None)).Throws<InvalidDataException>();
    }

    [Test]
    public async Task Cancellation_wakes_a_blocked_writer_and_a_blocked_reader()
    {
        var full = new HandOff<int>(1);
        full.Add(1, CancellationToken.None);
        var empty = new HandOff<int>(1);
        using var stop = new CancellationTokenSource();
        Thread? writerThread = null;
        Thread? readerThread = null;
        var writer = Task.Run(() =>
        {
            Volatile.Write(ref writerThread, Thread.CurrentThread);
            full.Add(2, stop.Token);
        });
        var reader = Task.Run(() =>
        {
            Volatile.Write(ref readerThread, Thread.CurrentThread);
            return empty.WaitToRead(stop.Token);
        });
        // Both are blocked inside the hand-off before the cancel (a cancel before they start would prove nothing).
        Wait.Until(() => Blocked(Volatile.Read(ref writerThread)) && Blocked(Volatile.Read(ref readerThread)));
        await Assert.That(writer.IsCompleted || reader.IsCompleted).IsFalse();

        stop.Cancel();

        await Assert.That(await Outcome(writer)).IsEqualTo("cancelled");
        await Assert.That(await Outcome(reader)).IsEqualTo("cancelled");
        await Assert.That(full.Count).IsEqualTo(1);
    }

    /// <summary>The thread is waiting (a monitor wait inside the hand-off: the tasks above do nothing else that waits).</summary>
    private static bool Blocked(Thread? thread) => thread is not null && (thread.ThreadState & ThreadState.WaitSleepJoin) != 0;

    private static async Task<string> Outcome(Task task)
    {
        try
        {
            await task.WaitAsync(Wait.HangGuard);
            return "completed";
        }
        catch (OperationCanceledException)
        {
            return "cancelled";
        }
    }
}
