using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using RomCurator.Core.Dats.Parsing;
using RomCurator.Core.Naming;

namespace RomCurator.Core.Dats.Import;

/// <summary>
/// Reads a DAT's games on a thread of its own while the import writes: the XML or clrmamepro text is parsed, each
/// game checked (<see cref="DatGameCheck"/>), its name parsed (<see cref="DatNameParser"/>, its title key included) and
/// noted (<see cref="DatSeenKeys"/>) there, and handed over
/// in order, in batches of <see cref="BatchSize"/> through a queue of at most <see cref="QueuedBatches"/> (memory
/// stays bounded whatever the DAT's size; the reader waits when the writer is behind). The games come out exactly as
/// the reader gives them; an exception of the reader (a damaged DAT, a cancelled import) comes out where it happened,
/// after the games read before it, with its own type. Disposing stops the reader thread and waits for it, so the
/// reader is the caller's again (to move to the next DAT of a file, or to be disposed).
/// </summary>
public sealed class DatReadAhead : IDisposable
{
    // Small batches: a game waits in the queue for at most a few hundred others, so it dies young (a game kept
    // through a collection is promoted, and older garbage costs memory until a fuller collection).
    public const int BatchSize = 64;
    public const int QueuedBatches = 4;

    private readonly BlockingCollection<DatCheckedGame[]> queue = new(QueuedBatches);
    private readonly CancellationTokenSource stop;
    private readonly DatSeenKeys seenKeys = new();
    private readonly Thread thread;
    private ExceptionDispatchInfo? failure;
    private bool joined;

    public DatReadAhead(IDatReader reader, CancellationToken cancellation)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        thread = new Thread(() => Read(reader, cancellation)) { IsBackground = true, Name = "dat-read" };
        thread.Start();
    }

    /// <summary>The games in the DAT's order; throws the reader's exception after the games before it.</summary>
    public IEnumerable<DatCheckedGame> Games()
    {
        foreach (var batch in queue.GetConsumingEnumerable())
        {
            foreach (var game in batch)
            {
                yield return game;
            }
        }

        Join();
        failure?.Throw();
    }

    public void Dispose()
    {
        stop.Cancel();
        Join();
        queue.Dispose();
        stop.Dispose();
    }

    private void Join()
    {
        if (!joined)
        {
            thread.Join();
            joined = true;
        }
    }

    private void Read(IDatReader reader, CancellationToken cancellation)
    {
        var batch = new List<DatCheckedGame>(BatchSize);
        try
        {
            foreach (var listed in reader.Games(cancellation))
            {
                var (game, problems) = DatGameCheck.Check(listed);
                var name = game is null ? null : DatImportWriter.NameOf(game);
                // The title key, and whether the name and key came before, are found here rather than by the writer
                // (the import's slower thread).
                var seen = game is null ? default : seenKeys.Note(game.Name, name!.TitleKey);
                batch.Add(new DatCheckedGame(game, problems, name, seen));
                if (batch.Count == BatchSize)
                {
                    Hand(batch);
                }
            }

            Hand(batch);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            // Stopped by Dispose: the writer has ended, nobody reads on.
        }
        catch (Exception error)
        {
            // The games read before the failure still come out first, as they did from the reader itself.
            failure = ExceptionDispatchInfo.Capture(error);
            try
            {
                Hand(batch);
            }
            catch (OperationCanceledException)
            {
                // Stopped meanwhile: nobody reads on.
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private void Hand(List<DatCheckedGame> batch)
    {
        if (batch.Count > 0)
        {
            queue.Add([.. batch], stop.Token);
            batch.Clear();
        }
    }
}
