using System.Reflection;

namespace RomCurator.Tests.Architecture;

/// <summary>
/// Which top-level folder of an assembly uses which: a type in namespace <c>Root.A.Sub</c> lives in folder A, and
/// folder A uses folder B when one of A's types refers to one of B's. Each use keeps the first references that show it.
/// </summary>
public sealed class FolderGraph
{
    private const int ExamplesKept = 3;

    private readonly SortedDictionary<string, SortedDictionary<string, List<string>>> _uses = new(StringComparer.Ordinal);

    private FolderGraph()
    {
    }

    public IEnumerable<string> Folders => _uses.Keys;

    public static FolderGraph Of(Assembly assembly, string rootNamespace)
    {
        var graph = new FolderGraph();
        foreach (var type in assembly.GetTypes())
        {
            var from = FolderOf(type, rootNamespace);
            if (from is null)
            {
                continue;
            }

            var uses = graph.UsesOf(from);
            foreach (var used in TypeReferences.Of(type))
            {
                var to = FolderOf(used, rootNamespace);
                if (to is null || to == from)
                {
                    continue;
                }

                if (!uses.TryGetValue(to, out var examples))
                {
                    uses[to] = examples = [];
                }

                if (examples.Count < ExamplesKept)
                {
                    examples.Add($"{Outermost(type).Name} → {Outermost(used).Name}");
                }
            }
        }

        return graph;
    }

    public IEnumerable<string> Uses(string folder) => _uses.TryGetValue(folder, out var uses) ? uses.Keys : [];

    public bool UsesDirectly(string from, string to) => _uses.TryGetValue(from, out var uses) && uses.ContainsKey(to);

    /// <summary>The references that make <paramref name="from"/> use <paramref name="to"/>, e.g. "MatchingJob → PreparedCommand".</summary>
    public IReadOnlyList<string> Examples(string from, string to) => _uses[from][to];

    private SortedDictionary<string, List<string>> UsesOf(string folder)
    {
        if (!_uses.TryGetValue(folder, out var uses))
        {
            _uses[folder] = uses = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        }

        return uses;
    }

    private static string? FolderOf(Type type, string rootNamespace)
    {
        var name = Outermost(type).Namespace;
        if (name is null || !name.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        return name[(rootNamespace.Length + 1)..].Split('.')[0];
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }
}
