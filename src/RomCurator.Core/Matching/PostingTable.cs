namespace RomCurator.Core.Matching;

/// <summary>
/// Positions filed under 64-bit hashes, in sorted arrays (ascending positions within a hash: the order they were
/// added in). When hashes repeat, each distinct one is kept once with where its positions start (12 bytes per distinct
/// hash, 4 per position); when they are mostly unique (a platform's title keys), each position keeps its hash beside it
/// (12 bytes per position, nothing else). A dictionary of strings to lists costs about a hundred bytes per entry.
/// </summary>
public sealed class PostingTable
{
    private readonly ulong[] hashes;
    private readonly int[]? starts;
    private readonly int[] positions;

    private PostingTable(ulong[] hashes, int[]? starts, int[] positions)
    {
        this.hashes = hashes;
        this.starts = starts;
        this.positions = positions;
    }

    /// <summary>The positions filed under <paramref name="hash"/>, ascending; empty when there are none.</summary>
    public ReadOnlySpan<int> Find(ulong hash)
    {
        if (starts is not null)
        {
            var at = Array.BinarySearch(hashes, hash);
            return at < 0 ? [] : positions.AsSpan(starts[at], starts[at + 1] - starts[at]);
        }

        var first = LowerBound(hash);
        var end = first;
        while (end < hashes.Length && hashes[end] == hash)
        {
            end++;
        }

        return positions.AsSpan(first, end - first);
    }

    private int LowerBound(ulong hash)
    {
        int low = 0, high = hashes.Length;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (hashes[middle] < hash)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Collects (hash, position) pairs, positions in ascending order, then builds the table in place. Give it a capacity
    /// close to the number of pairs: growing copies every pair.
    /// </summary>
    public sealed class Builder(int capacity)
    {
        private ulong[] pairHashes = new ulong[Math.Max(16, capacity)];
        private int[] pairPositions = new int[Math.Max(16, capacity)];
        private int count;

        public void Add(ulong hash, int position)
        {
            if (count == pairHashes.Length)
            {
                var grown = (int)Math.Min(Array.MaxLength, count + (long)count / 2);
                Array.Resize(ref pairHashes, grown);
                Array.Resize(ref pairPositions, grown);
            }

            pairHashes[count] = hash;
            pairPositions[count] = position;
            count++;
        }

        /// <summary>The table; hashes filed under more than <paramref name="keepAtMost"/> positions are left out (found empty).</summary>
        public PostingTable Build(int keepAtMost = int.MaxValue)
        {
            var sortedHashes = pairHashes;
            var sorted = pairPositions;
            pairHashes = [];
            pairPositions = [];
            Array.Sort(sortedHashes, sorted, 0, count);

            // Keep the runs of hashes not too common, moved to the front; restore the order positions were added in.
            int kept = 0, distinct = 0;
            for (int i = 0, end; i < count; i = end)
            {
                end = i + 1;
                while (end < count && sortedHashes[end] == sortedHashes[i])
                {
                    end++;
                }

                if (end - i <= keepAtMost)
                {
                    Array.Copy(sortedHashes, i, sortedHashes, kept, end - i);
                    Array.Copy(sorted, i, sorted, kept, end - i);
                    Array.Sort(sorted, kept, end - i);
                    kept += end - i;
                    distinct++;
                }
            }

            count = 0;
            if (sorted.Length != kept)
            {
                Array.Resize(ref sorted, kept);
            }

            if (distinct * 2 > kept)
            {
                // Mostly unique: a hash beside each position costs less than distinct hashes plus where they start.
                if (sortedHashes.Length != kept)
                {
                    Array.Resize(ref sortedHashes, kept);
                }

                return new PostingTable(sortedHashes, null, sorted);
            }

            var keys = new ulong[distinct];
            var starts = new int[distinct + 1];
            for (int i = 0, run = 0; i < kept; i++)
            {
                if (i == 0 || sortedHashes[i] != sortedHashes[i - 1])
                {
                    keys[run] = sortedHashes[i];
                    starts[run++] = i;
                }
            }

            starts[distinct] = kept;
            return new PostingTable(keys, starts, sorted);
        }
    }
}
