using System.Text;

namespace RomCurator.Core.Dats.Parsing;

/// <summary>
/// Decodes the bytes that are not valid UTF-8 as Windows-1252 (Latin-1 plus curly quotes, dashes, €…), the
/// encoding old clrmamepro DATs were written in: "Pok\xe9mon" reads as "Pokémon", not "Pok\ufffdmon". Valid UTF-8
/// is untouched, so a DAT may even mix the two. The five bytes Windows-1252 leaves undefined become U+FFFD.
/// </summary>
public sealed class Windows1252Fallback : DecoderFallback
{
    private static readonly string High =
        "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
        "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

    /// <summary>UTF-8 (BOM-less, never throwing) that falls back to Windows-1252 byte by byte.</summary>
    public static Encoding Utf8 { get; } = Create(new Windows1252Fallback());

    /// <summary>How many bytes this fallback decoded as Windows-1252 (for one reader's own encoding, <see cref="Counting"/>).</summary>
    public long Decoded => Interlocked.Read(ref decoded);

    private long decoded;

    /// <summary>An encoding like <see cref="Utf8"/> whose fallback counts the bytes it decodes, for one DAT.</summary>
    public static Encoding Counting(out Windows1252Fallback fallback)
    {
        fallback = new Windows1252Fallback();
        return Create(fallback);
    }

    /// <summary>The problem a DAT with <see cref="Decoded"/> bytes that are not UTF-8 records, or null.</summary>
    public DatProblem? Problem() => Decoded == 0
        ? null
        : new DatProblem(0, DatProblemKinds.Encoding, $"{Decoded:N0} bytes are not UTF-8; read as Windows-1252 (e.g. 0xE9 as é)");

    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    public static char Decode(byte value) => value is >= 0x80 and <= 0x9F ? High[value - 0x80] : (char)value;

    private static Encoding Create(Windows1252Fallback fallback)
    {
        var encoding = (Encoding)new UTF8Encoding(false, false).Clone();
        encoding.DecoderFallback = fallback;
        return encoding;
    }

    private sealed class Buffer(Windows1252Fallback owner) : DecoderFallbackBuffer
    {
        private string pending = "";
        private int next;

        public override int Remaining => pending.Length - next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            pending = string.Concat(bytesUnknown.Select(Decode));
            Interlocked.Add(ref owner.decoded, bytesUnknown.Length);
            next = 0;
            return pending.Length > 0;
        }

        public override char GetNextChar() => next < pending.Length ? pending[next++] : '\0';

        public override bool MovePrevious()
        {
            if (next == 0)
            {
                return false;
            }

            next--;
            return true;
        }

        public override void Reset()
        {
            pending = "";
            next = 0;
        }
    }
}
