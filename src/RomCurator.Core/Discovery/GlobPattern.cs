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

    /// <summary>
    /// 2 when the pattern is <c>**/</c> then pieces that never read a '/' (<c>**/*.part</c>, <c>**/Thumbs.db</c>): such a
    /// pattern matches a path exactly when those pieces match its last name (as long as the folders before it have no
    /// newline, which <c>**/</c> does not read), so only that name is run through them. 0 otherwise.
    /// </summary>
    private readonly int nameStart;

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
        nameStart = ReadsOneName(pieces) ? 2 : 0;
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath)
    {
        if (nameStart > 0)
        {
            var slash = relativePath.LastIndexOf('/');
            if (slash < 0 || !relativePath.AsSpan(0, slash).Contains('\n'))
            {
                return Run(relativePath.AsSpan(slash + 1), nameStart);
            }
        }

        return Run(relativePath, 0);
    }

    /// <summary>Whether the pieces from <paramref name="start"/> on match all of <paramref name="text"/>.</summary>
    private bool Run(ReadOnlySpan<char> text, int start)
    {
        // The last piece, when it is a character, must read the last character: most names fail here, at once.
        if (pieces.Length > start && pieces[^1].Kind == GlobPieceKind.Literal && (text.IsEmpty || !pieces[^1].Accepts(text[^1])))
        {
            return false;
        }

        // State i: the pieces before i are matched. State pieces.Length: the whole pattern is.
        var states = pieces.Length + 1;
        Span<bool> current = states <= 256 ? stackalloc bool[states] : new bool[states];
        Span<bool> next = states <= 256 ? stackalloc bool[states] : new bool[states];
        current.Clear();
        current[start] = true;
        Close(current);
        foreach (var c in text)
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

    /// <summary>Whether the pieces are <c>**/</c> followed only by pieces that cannot read a '/'.</summary>
    private static bool ReadsOneName(GlobPiece[] pieces)
    {
        if (pieces.Length < 2 || pieces[0].Kind != GlobPieceKind.FoldersRun)
        {
            return false;
        }

        foreach (var piece in pieces.AsSpan(2))
        {
            var readsSlash = piece.Kind switch
            {
                GlobPieceKind.Literal => piece.Accepts('/'),
                GlobPieceKind.OneInName or GlobPieceKind.RunInName => false,
                _ => true,
            };
            if (readsSlash)
            {
                return false;
            }
        }

        return true;
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
