using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// A raw LZMA decoder (range coder, literal/match/rep states, length and distance models) for chdman's "lzma"
/// hunks: known properties, no header, no end marker required, output of a known size. Its probability tables are
/// reset and reused for every hunk, so decoding a hunk allocates nothing. Damaged input (a distance before the
/// start, input ending early) throws <see cref="InvalidDataException"/>.
/// The hot paths index the probability tables without bounds checks (<see cref="At"/>): every index is built from
/// values bounded by construction (state below 12, position state below 16, tree nodes below their table's size);
/// reads of the input and writes of the output stay checked.
/// </summary>
public sealed class LzmaDecoder(int lc, int lp, int pb)
{
    private const int States = 12;
    private const ushort ProbabilityInit = 1024;

    private readonly ushort[] isMatch = new ushort[States << 4];
    private readonly ushort[] isRep = new ushort[States];
    private readonly ushort[] isRepG0 = new ushort[States];
    private readonly ushort[] isRepG1 = new ushort[States];
    private readonly ushort[] isRepG2 = new ushort[States];
    private readonly ushort[] isRep0Long = new ushort[States << 4];
    private readonly ushort[] literals = new ushort[0x300 << (lc + lp)];
    private readonly ushort[] posSlots = new ushort[4 << 6];
    private readonly ushort[] posSpecial = new ushort[1 + 128 - 14];
    private readonly ushort[] align = new ushort[16];
    private readonly LengthModel matchLengths = new();
    private readonly LengthModel repLengths = new();

    public void Decode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        Reset();
        var range = new RangeDecoder(source);
        uint rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0;
        var state = 0;
        var position = 0;
        var posMask = (1 << pb) - 1;
        var literalMask = (1 << lp) - 1;
        while (position < destination.Length)
        {
            var posState = position & posMask;
            if (range.Bit(ref At(isMatch, (state << 4) + posState)) == 0)
            {
                var previous = position > 0 ? destination[position - 1] : 0;
                ref var probabilities = ref At(literals, 0x300 * (((position & literalMask) << lc) + (previous >> (8 - lc))));
                var symbol = 1;
                if (state >= 7)
                {
                    var matchByte = (int)destination[position - (int)rep0 - 1];
                    do
                    {
                        var matchBit = (matchByte >> 7) & 1;
                        matchByte <<= 1;
                        var bit = range.Bit(ref Unsafe.Add(ref probabilities, ((1 + matchBit) << 8) + symbol));
                        symbol = (symbol << 1) | bit;
                        if (matchBit != bit)
                        {
                            break;
                        }
                    }
                    while (symbol < 0x100);
                }

                while (symbol < 0x100)
                {
                    symbol = (symbol << 1) | range.Bit(ref Unsafe.Add(ref probabilities, symbol));
                }

                destination[position++] = (byte)symbol;
                state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
                continue;
            }

            int length;
            if (range.Bit(ref At(isRep, state)) != 0)
            {
                if (position == 0)
                {
                    throw new InvalidDataException("LZMA: a repeated match before any data");
                }

                if (range.Bit(ref At(isRepG0, state)) == 0)
                {
                    if (range.Bit(ref At(isRep0Long, (state << 4) + posState)) == 0)
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
                    if (range.Bit(ref At(isRepG1, state)) == 0)
                    {
                        distance = rep1;
                    }
                    else
                    {
                        if (range.Bit(ref At(isRepG2, state)) == 0)
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

                length = repLengths.Decode(ref range, posState);
                state = state < 7 ? 8 : 11;
            }
            else
            {
                rep3 = rep2;
                rep2 = rep1;
                rep1 = rep0;
                length = matchLengths.Decode(ref range, posState);
                state = state < 7 ? 7 : 10;
                rep0 = DecodeDistance(ref range, length);
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

        if (position != destination.Length)
        {
            throw new InvalidDataException($"LZMA data ends after {position} of {destination.Length} bytes");
        }
    }

    private uint DecodeDistance(ref RangeDecoder range, int length)
    {
        var lengthState = Math.Min(length, 3);
        var slot = range.Tree(ref At(posSlots, lengthState << 6), 6);
        if (slot < 4)
        {
            return (uint)slot;
        }

        var directBits = (slot >> 1) - 1;
        var distance = (uint)((2 | (slot & 1)) << directBits);
        if (slot < 14)
        {
            return distance + range.ReverseTree(ref At(posSpecial, (int)distance - slot), directBits);
        }

        distance += range.Direct(directBits - 4) << 4;
        return distance + range.ReverseTree(ref At(align, 0), 4);
    }

    /// <summary>The table's element at <paramref name="index"/>, unchecked: callers pass indexes bounded by construction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ushort At(ushort[] table, int index) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table), index);

    private void Reset()
    {
        foreach (var table in (ushort[][])[isMatch, isRep, isRepG0, isRepG1, isRepG2, isRep0Long, literals, posSlots, posSpecial, align])
        {
            table.AsSpan().Fill(ProbabilityInit);
        }

        matchLengths.Reset();
        repLengths.Reset();
    }

    private sealed class LengthModel
    {
        private readonly ushort[] choice = new ushort[2];
        private readonly ushort[] low = new ushort[16 << 3];
        private readonly ushort[] mid = new ushort[16 << 3];
        private readonly ushort[] high = new ushort[256];

        public void Reset()
        {
            choice.AsSpan().Fill(ProbabilityInit);
            low.AsSpan().Fill(ProbabilityInit);
            mid.AsSpan().Fill(ProbabilityInit);
            high.AsSpan().Fill(ProbabilityInit);
        }

        public int Decode(ref RangeDecoder range, int posState)
        {
            if (range.Bit(ref At(choice, 0)) == 0)
            {
                return range.Tree(ref At(low, posState << 3), 3);
            }

            return range.Bit(ref At(choice, 1)) == 0
                ? 8 + range.Tree(ref At(mid, posState << 3), 3)
                : 16 + range.Tree(ref At(high, 0), 8);
        }
    }

    private ref struct RangeDecoder
    {
        private readonly ReadOnlySpan<byte> input;
        private int next;
        private uint range;
        private uint code;

        public RangeDecoder(ReadOnlySpan<byte> input)
        {
            this.input = input;
            if (input.Length < 5 || input[0] != 0)
            {
                throw new InvalidDataException("LZMA: the stream does not start like one");
            }

            range = uint.MaxValue;
            code = (uint)((input[1] << 24) | (input[2] << 16) | (input[3] << 8) | input[4]);
            next = 5;
        }

        /// <summary>
        /// One bit with its adaptive probability. Branch-free (the comparison becomes a mask): literal bits are close
        /// to random, and a mispredicted branch per bit cost more than computing both outcomes.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Bit(ref ushort probability)
        {
            uint p = probability;
            var bound = (range >> 11) * p;
            var bit = code >= bound ? 1u : 0u;
            var mask = 0u - bit;
            range = (bound & ~mask) | ((range - bound) & mask);
            code -= bound & mask;
            probability = (ushort)(((p + ((2048 - p) >> 5)) & ~mask) | ((p - (p >> 5)) & mask));
            if (range < 1u << 24)
            {
                Shift();
            }

            return (int)bit;
        }

        /// <summary>Decodes <paramref name="bits"/> bits with the tree of probabilities at <paramref name="probabilities"/> (2^bits entries).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Tree(ref ushort probabilities, int bits)
        {
            var m = 1;
            for (var i = 0; i < bits; i++)
            {
                m = (m << 1) | Bit(ref Unsafe.Add(ref probabilities, m));
            }

            return m - (1 << bits);
        }

        public uint ReverseTree(ref ushort probabilities, int bits)
        {
            var m = 1;
            uint symbol = 0;
            for (var i = 0; i < bits; i++)
            {
                var bit = Bit(ref Unsafe.Add(ref probabilities, m));
                m = (m << 1) | bit;
                symbol |= (uint)bit << i;
            }

            return symbol;
        }

        public uint Direct(int bits)
        {
            uint result = 0;
            for (var i = 0; i < bits; i++)
            {
                range >>= 1;
                code -= range;
                var mask = 0u - (code >> 31);
                code += range & mask;
                result = (result << 1) + (mask + 1);
                Normalize();
            }

            return result;
        }

        private void Normalize()
        {
            if (range < 1u << 24)
            {
                Shift();
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Shift()
        {
            range <<= 8;
            code = (code << 8) | ((uint)next < (uint)input.Length ? input[next++] : PastEnd());
        }

        /// <summary>The range coder may look a few bytes past the last one it needs; zeros are what encoders flush.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private uint PastEnd()
        {
            next++;
            if (next > input.Length + 8)
            {
                throw new InvalidDataException("LZMA: the data ends early");
            }

            return 0;
        }
    }
}
