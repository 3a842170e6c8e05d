namespace RomCurator.Core.Matching;

/// <summary>
/// Positions filed under 64-bit hashes, compactly: the distinct hashes sorted, where each one's positions start, and
/// every position in one array (ascending within a hash, the order they were added in). 12 bytes per distinct hash
/// and 4 per position, where a dictionary of strings to lists costs about a hundred per entry.
/// </summary>
public sealed class PostingTable
{
    private readonly ulong[] hashes;
    private readonly int[] starts;
    private readonly int[] positions;

    private PostingTable(ulong[] hashes, int[] starts, int[] positions)
    {
        this.hashes = hashes;
        this.starts = starts;
        this.positions = positions;
    }

    /// <summary>The positions filed under <paramref name="hash"/>, ascending; empty when there are none.</summary>
    public ReadOnlySpan<int> Find(ulong hash)
    {
        var at = Array.BinarySearch(hashes, hash);
        return at < 0 ? [] : positions.AsSpan(starts[at], starts[at + 1] - starts[at]);
    }

    /// <summary>
    /// Collects (hash, position) pairs, positions in ascending order, then builds the table. Give it a capacity close
    /// to the number of pairs: growing copies every pair.
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

            var distinct = 0;
            for (int i = 0, end; i < count; i = end)
            {
                end = RunEnd(sortedHashes, i);
                distinct += end - i <= keepAtMost ? 1 : 0;
            }

            var keys = new ulong[distinct];
            var starts = new int[distinct + 1];
            var kept = 0;
            var run = 0;
            for (var i = 0; i < count;)
            {
                var end = RunEnd(sortedHashes, i);
                if (end - i <= keepAtMost)
                {
                    keys[run] = sortedHashes[i];
                    starts[run++] = kept;
                    // The sort does not keep the order positions were added in: restore it within each hash.
                    Array.Copy(sorted, i, sorted, kept, end - i);
                    Array.Sort(sorted, kept, end - i);
                    kept += end - i;
                }

                i = end;
            }

            starts[distinct] = kept;
            if (sorted.Length != kept)
            {
                Array.Resize(ref sorted, kept);
            }

            count = 0;
            return new PostingTable(keys, starts, sorted);
        }

        private int RunEnd(ulong[] sortedHashes, int start)
        {
            var end = start + 1;
            while (end < count && sortedHashes[end] == sortedHashes[start])
            {
                end++;
            }

            return end;
        }
    }
}
