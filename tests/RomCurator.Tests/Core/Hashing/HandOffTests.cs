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
        var faulted = await Assert.That(() => handOff.WaitToRead(CancellationToken.None)).Throws<HandOffFaultedException>();
        await Assert.That(faulted!.InnerException).IsTypeOf<InvalidDataException>();
    }

    [Test]
    public async Task Each_reader_of_a_faulted_hand_off_gets_its_own_exception_and_the_fault_keeps_its_stack_trace()
    {
        var handOff = new HandOff<int>(4);
        var fault = Thrown();
        var trace = fault.StackTrace;
        await Assert.That(trace).IsNotNull();
        handOff.Complete(fault);

        const int readers = 8;
        using var start = new Barrier(readers);
        var caught = await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            try
            {
                handOff.WaitToRead(CancellationToken.None);
                return null;
            }
            catch (Exception error)
            {
                return error;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        await Assert.That(caught.Count(error => error is not null)).IsEqualTo(readers);
        await Assert.That(caught.Distinct(ReferenceEqualityComparer.Instance).Count()).IsEqualTo(readers);
        foreach (var error in caught)
        {
            await Assert.That(error).IsTypeOf<HandOffFaultedException>();
            await Assert.That(error!.InnerException).IsSameReferenceAs(fault);
            await Assert.That(error.Message).IsEqualTo("producer failed");
            await Assert.That(HandOffFaultedException.Unwrap(error)).IsSameReferenceAs(fault);
        }

        await Assert.That(fault.StackTrace).IsEqualTo(trace);
    }

    private static InvalidDataException Thrown()
    {
        try
        {
            throw new InvalidDataException("producer failed");
        }
        catch (InvalidDataException error)
        {
            return error;
        }
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
