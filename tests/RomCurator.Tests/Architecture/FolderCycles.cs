namespace RomCurator.Tests.Architecture;

/// <summary>
/// The cycles between folders, one per knot of folders that reach each other (a strongly connected component),
/// each told as its shortest loop with the references behind every step.
/// </summary>
public static class FolderCycles
{
    public static IReadOnlyList<string> Describe(FolderGraph graph)
    {
        var cycles = new List<string>();
        foreach (var knot in Knots(graph).Where(knot => knot.Count > 1))
        {
            var loop = ShortestLoop(graph, knot);
            var steps = loop.Zip(loop.Skip(1), (from, to) => $"  {from} → {to}: {string.Join("; ", graph.Examples(from, to))}");
            cycles.Add($"cycle among {string.Join(", ", knot.Order(StringComparer.Ordinal))}: {string.Join(" → ", loop)}"
                + Environment.NewLine + string.Join(Environment.NewLine, steps));
        }

        return cycles;
    }

    /// <summary>Tarjan's strongly connected components.</summary>
    private static List<HashSet<string>> Knots(FolderGraph graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var knots = new List<HashSet<string>>();

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var used in graph.Uses(folder))
            {
                if (!index.ContainsKey(used))
                {
                    Visit(used);
                    low[folder] = Math.Min(low[folder], low[used]);
                }
                else if (stack.Contains(used))
                {
                    low[folder] = Math.Min(low[folder], index[used]);
                }
            }

            if (low[folder] == index[folder])
            {
                var knot = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    knot.Add(member);
                }
                while (member != folder);
                knots.Add(knot);
            }
        }

        foreach (var folder in graph.Folders.ToList())
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return knots;
    }

    /// <summary>The shortest loop through the knot's first folder, found breadth first inside the knot.</summary>
    private static List<string> ShortestLoop(FolderGraph graph, HashSet<string> knot)
    {
        var start = knot.Order(StringComparer.Ordinal).First();
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var folder = queue.Dequeue();
            foreach (var used in graph.Uses(folder).Where(knot.Contains))
            {
                if (used == start)
                {
                    var loop = new List<string> { start };
                    for (var step = folder; step != start; step = cameFrom[step])
                    {
                        loop.Insert(1, step);
                    }

                    loop.Add(start);
                    return loop;
                }

                if (cameFrom.TryAdd(used, folder))
                {
                    queue.Enqueue(used);
                }
            }
        }

        throw new InvalidOperationException($"{start} lies in a knot but no loop returns to it.");
    }
}
