using System.Text;

namespace RomCurator.Core.FileSystem;

/// <summary>
/// Reads the lines of a text stream with every dimension bounded, so a file that never ends (a huge file with no
/// line break) cannot exhaust memory: a line longer than <see cref="MaxLineLength"/> characters is skipped (and
/// counted), and reading stops after <see cref="MaxLines"/> lines or <see cref="MaxBytes"/> bytes.
/// </summary>
public sealed class BoundedLineReader(int maxLineLength, int maxLines, long maxBytes)
{
    public int MaxLineLength { get; } = maxLineLength;

    public int MaxLines { get; } = maxLines;

    public long MaxBytes { get; } = maxBytes;

    /// <summary>The lines read (without their '\n' or '\r\n'), and what was left out.</summary>
    public BoundedLines Read(Stream stream)
    {
        var lines = new List<string>();
        var skipped = 0;
        var line = new StringBuilder();
        var overLong = false;
        var bounded = new BoundedStream(stream, MaxBytes);
        using var reader = new StreamReader(bounded, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (c != '\n')
                {
                    if (!overLong && line.Length < MaxLineLength)
                    {
                        line.Append(c);
                    }
                    else if (!(line.Length == MaxLineLength && c == '\r' && !overLong))
                    {
                        overLong = true;
                    }

                    continue;
                }

                if (!End(lines, line, ref overLong, ref skipped))
                {
                    return new BoundedLines(lines, skipped, Truncated: true);
                }
            }
        }

        if ((line.Length > 0 || overLong) && !End(lines, line, ref overLong, ref skipped))
        {
            return new BoundedLines(lines, skipped, Truncated: true);
        }

        return new BoundedLines(lines, skipped, bounded.Exhausted);
    }

    /// <summary>Ends a line: keeps it or counts it as skipped; false when it is a line past the line limit.</summary>
    private bool End(List<string> lines, StringBuilder line, ref bool overLong, ref int skipped)
    {
        if (overLong)
        {
            skipped++;
        }
        else if (lines.Count >= MaxLines)
        {
            return false;
        }
        else
        {
            lines.Add(line.ToString().TrimEnd('\r'));
        }

        line.Clear();
        overLong = false;
        return true;
    }

    /// <summary>A read-only view of a stream that ends after a number of bytes (and remembers that it did).</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long remaining = limit;

        public bool Exhausted { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (remaining <= 0)
            {
                // Only a stream that still has bytes counts as cut short.
                Exhausted |= inner.Read(new byte[1], 0, 1) > 0;
                return 0;
            }

            var read = inner.Read(buffer, offset, (int)Math.Min(count, remaining));
            remaining -= read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
