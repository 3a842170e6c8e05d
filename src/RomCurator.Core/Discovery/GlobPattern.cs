namespace RomCurator.Core.Discovery;

/// <summary>
/// A glob over '/'-separated relative paths: <c>*</c> matches within one name, <c>?</c> one character,
/// <c>**</c> any number of folders. A pattern without '/' matches a name at any depth (like .gitignore).
/// Letters match in either case (invariant case mapping).
/// </summary>
/// <remarks>
/// Matched by a small automaton over the pattern's pieces (all positions at once, like a non-backtracking regex):
/// time linear in the path for a given pattern, so no file name can make a pattern with many stars hang a scan.
/// It matches what the regex <c>^…$</c> it replaces matched (<c>*</c> = <c>[^/]*</c>, <c>?</c> = <c>[^/]</c>,
/// <c>**/</c> = <c>(?:.*/)?</c>, <c>**</c> = <c>.*</c>, ignoring case); a runtime-built regex pulled the regex parser
/// and its non-backtracking engine into the binary (bench/README.md, "Size reductions").
/// </remarks>
public sealed class GlobPattern
{
    private readonly GlobPiece[] pieces;

    public GlobPattern(string pattern)
    {
        Pattern = pattern;
        var body = pattern.Trim().Replace('\\', '/').TrimStart('/');
        if (!body.Contains('/'))
        {
            body = "**/" + body;
        }

        if (body.EndsWith('/'))
        {
            body += "**";
        }

        pieces = Parse(body);
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath)
    {
        // State i: the pieces before i are matched. State pieces.Length: the whole pattern is.
        var states = pieces.Length + 1;
        Span<bool> current = states <= 256 ? stackalloc bool[states] : new bool[states];
        Span<bool> next = states <= 256 ? stackalloc bool[states] : new bool[states];
        current.Clear();
        current[0] = true;
        Close(current);
        foreach (var c in relativePath)
        {
            next.Clear();
            var any = false;
            for (var i = 0; i < pieces.Length; i++)
            {
                if (!current[i])
                {
                    continue;
                }

                var piece = pieces[i];
                switch (piece.Kind)
                {
                    case GlobPieceKind.Literal:
                        if (piece.Accepts(c))
                        {
                            next[i + 1] = any = true;
                        }

                        break;
                    case GlobPieceKind.OneInName:
                        if (c != '/')
                        {
                            next[i + 1] = any = true;
                        }

                        break;
                    case GlobPieceKind.RunInName:
                        if (c != '/')
                        {
                            next[i] = any = true;
                        }

                        break;
                    case GlobPieceKind.AnyRun:
                        if (c != '\n')
                        {
                            next[i] = any = true;
                        }

                        break;
                    case GlobPieceKind.FoldersRun:
                        if (c != '\n')
                        {
                            next[i + 1] = any = true;
                        }

                        if (c == '/')
                        {
                            next[i + 2] = any = true;
                        }

                        break;
                    case GlobPieceKind.FoldersRunLoop:
                        if (c != '\n')
                        {
                            next[i] = any = true;
                        }

                        if (c == '/')
                        {
                            next[i + 1] = any = true;
                        }

                        break;
                }
            }

            if (!any)
            {
                return false;
            }

            Close(next);
            var swap = current;
            current = next;
            next = swap;
        }

        return current[pieces.Length];
    }

    /// <summary>Adds the states reachable without reading a character: past a run that may be empty.</summary>
    private void Close(Span<bool> states)
    {
        for (var i = 0; i < pieces.Length; i++)
        {
            if (!states[i])
            {
                continue;
            }

            switch (pieces[i].Kind)
            {
                case GlobPieceKind.RunInName:
                case GlobPieceKind.AnyRun:
                    states[i + 1] = true;
                    break;
                case GlobPieceKind.FoldersRun:
                    // "**/" matches nothing at all, or anything ending in '/': skip it, or go on to its loop.
                    states[i + 2] = true;
                    break;
            }
        }
    }

    private static GlobPiece[] Parse(string glob)
    {
        var pieces = new List<GlobPiece>(glob.Length + 1);
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                if (slashFollows)
                {
                    // Two states: the entry (skippable as a whole) and the loop it enters after one character.
                    pieces.Add(new GlobPiece(GlobPieceKind.FoldersRun, '\0'));
                    pieces.Add(new GlobPiece(GlobPieceKind.FoldersRunLoop, '\0'));
                }
                else
                {
                    pieces.Add(new GlobPiece(GlobPieceKind.AnyRun, '\0'));
                }

                i += slashFollows ? 2 : 1;
            }
            else if (c == '*')
            {
                pieces.Add(new GlobPiece(GlobPieceKind.RunInName, '\0'));
            }
            else if (c == '?')
            {
                pieces.Add(new GlobPiece(GlobPieceKind.OneInName, '\0'));
            }
            else
            {
                pieces.Add(new GlobPiece(GlobPieceKind.Literal, c));
            }
        }

        return pieces.ToArray();
    }
}
