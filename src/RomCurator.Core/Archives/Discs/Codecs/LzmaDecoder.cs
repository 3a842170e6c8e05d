using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// A raw LZMA decoder (range coder, literal/match/rep states, length and distance models) for chdman's "lzma"
/// hunks: known properties, no header, no end marker required, output of a known size. Its probability tables are
/// reset and reused for every hunk, so decoding a hunk allocates nothing. Damaged input (a distance before the
/// start, input ending early) throws <see cref="InvalidDataException"/>.
/// Speed: the range coder's state (range, code, input position) lives in locals of <see cref="Decode"/> and every
/// bit is decoded by an inlined helper taking them by reference, so they stay in registers instead of being stored
/// and reloaded for every bit; all probabilities are one table at fixed offsets (one base register), indexed without
/// bounds checks: every index is built from values bounded by construction (state below 12, position state below
/// 16, tree nodes below their model's size). Reads of the input and writes of the output stay checked.
/// </summary>
public sealed class LzmaDecoder
{
    private const int States = 12;
    private const ushort ProbabilityInit = 1024;

    // One length model: two choice bits, 8 low and 8 middle lengths per position state, 256 high lengths.
    private const int LengthChoice = 0;
    private const int LengthChoice2 = 1;
    private const int LengthLow = 2;
    private const int LengthMid = LengthLow + (16 << 3);
    private const int LengthHigh = LengthMid + (16 << 3);
    private const int LengthModelSize = LengthHigh + 256;

    // Offsets of every model in the one probability table.
    private const int IsMatch = 0;
    private const int IsRep0Long = IsMatch + (States << 4);
    private const int IsRep = IsRep0Long + (States << 4);
    private const int IsRepG0 = IsRep + States;
    private const int IsRepG1 = IsRepG0 + States;
    private const int IsRepG2 = IsRepG1 + States;
    private const int PosSlots = IsRepG2 + States;
    private const int PosSpecial = PosSlots + (4 << 6);
    private const int Align = PosSpecial + 1 + 128 - 14;
    private const int MatchLengths = Align + 16;
    private const int RepLengths = MatchLengths + LengthModelSize;
    private const int Literals = RepLengths + LengthModelSize;

    private readonly int lc;
    private readonly int lp;
    private readonly int pb;
    private readonly ushort[] probabilities;

    public LzmaDecoder(int lc, int lp, int pb)
    {
        this.lc = lc;
        this.lp = lp;
        this.pb = pb;
        probabilities = new ushort[Literals + (0x300 << (lc + lp))];
    }

    public void Decode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        if (source.Length < 5 || source[0] != 0)
        {
            throw new InvalidDataException("LZMA: the stream does not start like one");
        }

        probabilities.AsSpan().Fill(ProbabilityInit);
        ref var probs = ref MemoryMarshal.GetArrayDataReference(probabilities);
        var range = uint.MaxValue;
        var code = BinaryPrimitives.ReadUInt32BigEndian(source[1..]);
        var next = 5;
        // The range coder may look a few bytes past the last one it needs (zeros, as encoders flush); more is damage.
        var inputLimit = source.Length + 8;
        uint rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
        var state = 0;
        var position = 0;
        var posMask = (1 << pb) - 1;
        var literalMask = (1 << lp) - 1;
        var lc = this.lc;
        while (position < destination.Length)
        {
            if (next > inputLimit)
            {
                throw new InvalidDataException("LZMA: the data ends early");
            }

            var posState = position & posMask;
            if (Bit(ref Unsafe.Add(ref probs, IsMatch + (state << 4) + posState), ref range, ref code, ref next, source) == 0)
            {
                var previous = position > 0 ? destination[position - 1] : 0;
                ref var literal = ref Unsafe.Add(ref probs, Literals + 0x300 * (((position & literalMask) << lc) + (previous >> (8 - lc))));
                uint symbol = 1;
                if (state >= 7)
                {
                    var matchByte = (uint)destination[position - (int)rep0 - 1];
                    do
                    {
                        var matchBit = (matchByte >> 7) & 1;
                        matchByte <<= 1;
                        var bit = Bit(ref Unsafe.Add(ref literal, (nint)(((1 + matchBit) << 8) + symbol)), ref range, ref code, ref next, source);
                        symbol = (symbol << 1) | bit;
                        if (matchBit != bit)
                        {
                            break;
                        }
                    }
                    while (symbol < 0x100);
                }

                // Most literals (and the rest of a matched one): bits down the tree. Both children's probabilities
                // are loaded while the bit is decoded and the right one kept, so the next bit does not wait for a
                // load that depends on this one (children of the last level are still inside the literal's table).
                if (symbol < 0x100)
                {
                    uint p = Unsafe.Add(ref literal, (nint)symbol);
                    do
                    {
                        var bound = (range >> 11) * p;
                        var left = (uint)Unsafe.Add(ref literal, (nint)(symbol << 1));
                        var right = (uint)Unsafe.Add(ref literal, (nint)(symbol << 1) + 1);
                        var bit = code >= bound ? 1u : 0u;
                        var mask = 0u - bit;
                        range = bound + ((range - bound - bound) & mask);
                        code -= bound & mask;
                        Unsafe.Add(ref literal, (nint)symbol) = (ushort)(p - (uint)((int)(p - (2017 & ~mask)) >> 5));
                        symbol = (symbol << 1) | bit;
                        p = left ^ ((left ^ right) & mask);
                        if (range < 1u << 24)
                        {
                            range <<= 8;
                            code = (code << 8) | ((uint)next < (uint)source.Length ? source[next] : 0u);
                            next++;
                        }
                    }
                    while (symbol < 0x100);
                }

                destination[position++] = (byte)symbol;
                state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
                continue;
            }

            int length;
            if (Bit(ref Unsafe.Add(ref probs, IsRep + state), ref range, ref code, ref next, source) != 0)
            {
                if (position == 0)
                {
                    throw new InvalidDataException("LZMA: a repeated match before any data");
                }

                if (Bit(ref Unsafe.Add(ref probs, IsRepG0 + state), ref range, ref code, ref next, source) == 0)
                {
                    if (Bit(ref Unsafe.Add(ref probs, IsRep0Long + (state << 4) + posState), ref range, ref code, ref next, source) == 0)
                    {
                        state = state < 7 ? 9 : 11;
                        destination[position] = destination[position - (int)rep0 - 1];
                        position++;
                        continue;
                    }
                }
                else
                {
                    uint distance;
                    if (Bit(ref Unsafe.Add(ref probs, IsRepG1 + state), ref range, ref code, ref next, source) == 0)
                    {
                        distance = rep1;
                    }
                    else
                    {
                        if (Bit(ref Unsafe.Add(ref probs, IsRepG2 + state), ref range, ref code, ref next, source) == 0)
                        {
                            distance = rep2;
                        }
                        else
                        {
                            distance = rep3;
                            rep3 = rep2;
                        }

                        rep2 = rep1;
                    }

                    rep1 = rep0;
                    rep0 = distance;
                }

                // Matches are rarer than literals: their models run in calls, on copies of the coder's state, so
                // that the state itself is never address-taken and stays in registers.
                var (r, c, n) = (range, code, next);
                length = Length(ref Unsafe.Add(ref probs, RepLengths), posState, ref r, ref c, ref n, source);
                (range, code, next) = (r, c, n);
                state = state < 7 ? 8 : 11;
            }
            else
            {
                rep3 = rep2;
                rep2 = rep1;
                rep1 = rep0;
                var (r, c, n) = (range, code, next);
                length = Length(ref Unsafe.Add(ref probs, MatchLengths), posState, ref r, ref c, ref n, source);
                state = state < 7 ? 7 : 10;
                rep0 = Distance(ref probs, length, ref r, ref c, ref n, source);
                (range, code, next) = (r, c, n);
                if (rep0 == uint.MaxValue)
                {
                    break; // end marker
                }
            }

            length += 2;
            if (rep0 >= (uint)position)
            {
                throw new InvalidDataException("LZMA: a match reaches before the start of the hunk");
            }

            var from = position - (int)rep0 - 1;
            var end = Math.Min(destination.Length, position + length);
            if (end - position <= position - from)
            {
                // The source ends before the copy starts: one block copy.
                destination.Slice(from, end - position).CopyTo(destination[position..]);
                position = end;
            }
            else
            {
                while (position < end)
                {
                    destination[position++] = destination[from++];
                }
            }
        }

        if (next > inputLimit)
        {
            throw new InvalidDataException("LZMA: the data ends early");
        }

        if (position != destination.Length)
        {
            throw new InvalidDataException($"LZMA data ends after {position} of {destination.Length} bytes");
        }
    }

    /// <summary>
    /// One bit with its adaptive probability. Branch-free (the comparison becomes a mask): literal bits are close
    /// to random, and a mispredicted branch per bit cost more than computing both outcomes. Past the input's end
    /// the coder reads zeros; <see cref="Decode"/> stops when it has read more than a few of them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Bit(ref ushort probability, ref uint range, ref uint code, ref int next, ReadOnlySpan<byte> input)
    {
        uint p = probability;
        var bound = (range >> 11) * p;
        var bit = code >= bound ? 1u : 0u;
        var mask = 0u - bit;
        // bit 0: range = bound, p += (2048 - p) >> 5; bit 1: range -= bound, code -= bound, p -= p >> 5.
        range = bound + ((range - bound - bound) & mask);
        code -= bound & mask;
        probability = (ushort)(p - (uint)((int)(p - (2017 & ~mask)) >> 5));
        if (range < 1u << 24)
        {
            range <<= 8;
            code = (code << 8) | ((uint)next < (uint)input.Length ? input[next] : 0u);
            next++;
        }

        return bit;
    }

    /// <summary>Decodes <paramref name="bits"/> bits with the tree of probabilities at <paramref name="probabilities"/> (2^bits entries).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Tree(ref ushort probabilities, int bits, ref uint range, ref uint code, ref int next, ReadOnlySpan<byte> input)
    {
        uint m = 1;
        for (var i = 0; i < bits; i++)
        {
            m = (m << 1) | Bit(ref Unsafe.Add(ref probabilities, (nint)m), ref range, ref code, ref next, input);
        }

        return m - (1u << bits);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Length(ref ushort model, int posState, ref uint range, ref uint code, ref int next, ReadOnlySpan<byte> input)
    {
        if (Bit(ref Unsafe.Add(ref model, LengthChoice), ref range, ref code, ref next, input) == 0)
        {
            return (int)Tree(ref Unsafe.Add(ref model, LengthLow + (posState << 3)), 3, ref range, ref code, ref next, input);
        }

        return Bit(ref Unsafe.Add(ref model, LengthChoice2), ref range, ref code, ref next, input) == 0
            ? 8 + (int)Tree(ref Unsafe.Add(ref model, LengthMid + (posState << 3)), 3, ref range, ref code, ref next, input)
            : 16 + (int)Tree(ref Unsafe.Add(ref model, LengthHigh), 8, ref range, ref code, ref next, input);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static uint Distance(ref ushort probs, int length, ref uint range, ref uint code, ref int next, ReadOnlySpan<byte> input)
    {
        var lengthState = Math.Min(length, 3);
        var slot = (int)Tree(ref Unsafe.Add(ref probs, PosSlots + (lengthState << 6)), 6, ref range, ref code, ref next, input);
        if (slot < 4)
        {
            return (uint)slot;
        }

        var directBits = (slot >> 1) - 1;
        var distance = (uint)((2 | (slot & 1)) << directBits);
        if (slot < 14)
        {
            return distance + ReverseTree(ref Unsafe.Add(ref probs, PosSpecial + (int)distance - slot), directBits, ref range, ref code, ref next, input);
        }

        uint direct = 0;
        for (var i = directBits - 4; i > 0; i--)
        {
            range >>= 1;
            code -= range;
            var mask = 0u - (code >> 31);
            code += range & mask;
            direct = (direct << 1) + (mask + 1);
            if (range < 1u << 24)
            {
                range <<= 8;
                code = (code << 8) | ((uint)next < (uint)input.Length ? input[next] : 0u);
                next++;
            }
        }

        distance += direct << 4;
        return distance + ReverseTree(ref Unsafe.Add(ref probs, Align), 4, ref range, ref code, ref next, input);
    }

    private static uint ReverseTree(ref ushort probabilities, int bits, ref uint range, ref uint code, ref int next, ReadOnlySpan<byte> input)
    {
        uint m = 1;
        uint symbol = 0;
        for (var i = 0; i < bits; i++)
        {
            var bit = Bit(ref Unsafe.Add(ref probabilities, (nint)m), ref range, ref code, ref next, input);
            m = (m << 1) | bit;
            symbol |= bit << i;
        }

        return symbol;
    }
}
