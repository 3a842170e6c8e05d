namespace RomCurator.Core.Archives.Discs.Codecs;

/// <summary>
/// Decodes raw FLAC frames (no stream header, as chdman stores them) of 16-bit audio into interleaved samples.
/// Supports every subframe type (constant, verbatim, fixed, LPC), Rice and Rice2 residuals with escapes, and the
/// stereo decorrelation modes. <see cref="Decode"/> returns how many bytes of frames it consumed.
/// </summary>
public sealed class FlacFrameDecoder
{
    private const int MaxBlockSize = 65535;
    private int[][] channels = [new int[4608], new int[4608]];

    /// <summary>
    /// Decodes frames until <paramref name="destination"/> holds <c>Length / (2 * channelCount)</c> sample frames,
    /// written as 16-bit samples, big-endian when <paramref name="bigEndian"/>.
    /// </summary>
    public int Decode(ReadOnlySpan<byte> source, Span<byte> destination, int channelCount, bool bigEndian)
    {
        var totalSamples = destination.Length / (2 * channelCount);
        var bits = new BitReader(source);
        var done = 0;
        while (done < totalSamples)
        {
            var blockSize = DecodeFrame(ref bits, channelCount);
            var take = Math.Min(blockSize, totalSamples - done);
            for (var i = 0; i < take; i++)
            {
                for (var channel = 0; channel < channelCount; channel++)
                {
                    var sample = (short)channels[channel][i];
                    var at = ((done + i) * channelCount + channel) * 2;
                    destination[at] = (byte)(bigEndian ? sample >> 8 : sample);
                    destination[at + 1] = (byte)(bigEndian ? sample : sample >> 8);
                }
            }

            done += take;
        }

        return bits.BytesConsumed;
    }

    private int DecodeFrame(ref BitReader bits, int channelCount)
    {
        if (bits.Read(15) != 0x7FFC)
        {
            throw new InvalidDataException("FLAC: no frame sync where a frame should start");
        }

        bits.Skip(1); // blocking strategy
        var blockCode = (int)bits.Read(4);
        var rateCode = (int)bits.Read(4);
        var assignment = (int)bits.Read(4);
        var sizeCode = (int)bits.Read(3);
        bits.Skip(1);
        SkipUtf8Number(ref bits);
        var blockSize = blockCode switch
        {
            1 => 192,
            >= 2 and <= 5 => 576 << (blockCode - 2),
            6 => (int)bits.Read(8) + 1,
            7 => (int)bits.Read(16) + 1,
            >= 8 => 256 << (blockCode - 8),
            _ => throw new InvalidDataException("FLAC: reserved block size"),
        };
        if (rateCode == 12)
        {
            bits.Skip(8);
        }
        else if (rateCode is 13 or 14)
        {
            bits.Skip(16);
        }

        bits.Skip(8); // header CRC-8
        var sampleBits = sizeCode switch
        {
            0 or 4 => 16,
            1 => 8,
            2 => 12,
            5 => 20,
            6 => 24,
            _ => throw new InvalidDataException("FLAC: unsupported sample size"),
        };
        var frameChannels = assignment < 8 ? assignment + 1 : 2;
        if (frameChannels != channelCount || assignment > 10 || blockSize > MaxBlockSize)
        {
            throw new InvalidDataException("FLAC: frame does not match the expected channel layout");
        }

        if (channels[0].Length < blockSize)
        {
            channels = [new int[blockSize], new int[blockSize]];
        }

        for (var channel = 0; channel < frameChannels; channel++)
        {
            var extra = (assignment == 8 && channel == 1) || (assignment == 9 && channel == 0) || (assignment == 10 && channel == 1) ? 1 : 0;
            DecodeSubframe(ref bits, channels[channel].AsSpan(0, blockSize), sampleBits + extra);
        }

        Decorrelate(assignment, blockSize);
        bits.AlignToByte();
        bits.Skip(16); // frame CRC-16: the hunk's own CRC covers the result
        if (bits.Overflowed)
        {
            throw new InvalidDataException("FLAC: the data ends inside a frame");
        }

        return blockSize;
    }

    private void Decorrelate(int assignment, int blockSize)
    {
        var left = channels[0];
        var right = channels[1];
        for (var i = 0; i < blockSize && assignment >= 8; i++)
        {
            switch (assignment)
            {
                case 8:
                    right[i] = left[i] - right[i];
                    break;
                case 9:
                    left[i] += right[i];
                    break;
                default:
                    var mid = (left[i] << 1) | (right[i] & 1);
                    var side = right[i];
                    left[i] = (mid + side) >> 1;
                    right[i] = (mid - side) >> 1;
                    break;
            }
        }
    }

    private static void DecodeSubframe(ref BitReader bits, Span<int> samples, int sampleBits)
    {
        bits.Skip(1);
        var type = (int)bits.Read(6);
        var wasted = 0;
        if (bits.ReadBit())
        {
            wasted = bits.ReadUnary() + 1;
            sampleBits -= wasted;
        }

        if (sampleBits <= 0 || sampleBits > 32)
        {
            throw new InvalidDataException("FLAC: invalid sample width");
        }

        if (type == 0)
        {
            samples.Fill(bits.ReadSigned(sampleBits));
        }
        else if (type == 1)
        {
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = bits.ReadSigned(sampleBits);
            }
        }
        else if (type is >= 8 and <= 12)
        {
            DecodeFixed(ref bits, samples, sampleBits, type - 8);
        }
        else if (type >= 32)
        {
            DecodeLpc(ref bits, samples, sampleBits, type - 31);
        }
        else
        {
            throw new InvalidDataException("FLAC: reserved subframe type");
        }

        if (wasted > 0)
        {
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] <<= wasted;
            }
        }
    }

    private static void DecodeFixed(ref BitReader bits, Span<int> samples, int sampleBits, int order)
    {
        CheckOrder(order, samples.Length);
        for (var i = 0; i < order; i++)
        {
            samples[i] = bits.ReadSigned(sampleBits);
        }

        DecodeResidual(ref bits, samples, order);
        for (var i = order; i < samples.Length; i++)
        {
            samples[i] += order switch
            {
                0 => 0,
                1 => samples[i - 1],
                2 => 2 * samples[i - 1] - samples[i - 2],
                3 => 3 * samples[i - 1] - 3 * samples[i - 2] + samples[i - 3],
                _ => 4 * samples[i - 1] - 6 * samples[i - 2] + 4 * samples[i - 3] - samples[i - 4],
            };
        }
    }

    private static void DecodeLpc(ref BitReader bits, Span<int> samples, int sampleBits, int order)
    {
        CheckOrder(order, samples.Length);
        for (var i = 0; i < order; i++)
        {
            samples[i] = bits.ReadSigned(sampleBits);
        }

        var precision = (int)bits.Read(4) + 1;
        if (precision == 16)
        {
            throw new InvalidDataException("FLAC: invalid LPC precision");
        }

        var shift = bits.ReadSigned(5);
        if (shift < 0)
        {
            throw new InvalidDataException("FLAC: negative LPC shift");
        }

        Span<int> coefficients = stackalloc int[32];
        for (var i = 0; i < order; i++)
        {
            coefficients[i] = bits.ReadSigned(precision);
        }

        DecodeResidual(ref bits, samples, order);
        for (var i = order; i < samples.Length; i++)
        {
            long sum = 0;
            for (var j = 0; j < order; j++)
            {
                sum += (long)coefficients[j] * samples[i - 1 - j];
            }

            samples[i] += (int)(sum >> shift);
        }
    }

    private static void CheckOrder(int order, int blockSize)
    {
        if (order > blockSize)
        {
            throw new InvalidDataException("FLAC: predictor order above the block size");
        }
    }

    private static void DecodeResidual(ref BitReader bits, Span<int> samples, int order)
    {
        var method = (int)bits.Read(2);
        if (method > 1)
        {
            throw new InvalidDataException("FLAC: reserved residual coding method");
        }

        var parameterBits = method == 0 ? 4 : 5;
        var escape = method == 0 ? 15 : 31;
        var partitionOrder = (int)bits.Read(4);
        var partitions = 1 << partitionOrder;
        var perPartition = samples.Length >> partitionOrder;
        if (perPartition << partitionOrder != samples.Length || perPartition < order)
        {
            throw new InvalidDataException("FLAC: residual partitions do not fit the block");
        }

        var index = order;
        for (var partition = 0; partition < partitions; partition++)
        {
            var count = partition == 0 ? perPartition - order : perPartition;
            var parameter = (int)bits.Read(parameterBits);
            if (parameter == escape)
            {
                var width = (int)bits.Read(5);
                for (var i = 0; i < count; i++)
                {
                    samples[index++] = bits.ReadSigned(width);
                }

                continue;
            }

            for (var i = 0; i < count; i++)
            {
                var quotient = (uint)bits.ReadUnary();
                var value = (quotient << parameter) | bits.Read(parameter);
                samples[index++] = (int)(value >> 1) ^ -(int)(value & 1);
            }

            if (bits.Overflowed)
            {
                throw new InvalidDataException("FLAC: the data ends inside a residual");
            }
        }
    }

    private static void SkipUtf8Number(ref BitReader bits)
    {
        var first = bits.Read(8);
        var extra = 0;
        while (extra < 7 && (first & (0x80u >> extra)) != 0)
        {
            extra++;
        }

        if (extra == 1 || extra == 7)
        {
            throw new InvalidDataException("FLAC: invalid frame number");
        }

        bits.Skip(extra == 0 ? 0 : (extra - 1) * 8);
    }
}
