#!/usr/bin/env python3
"""Deterministic Redump-style disc sets for the disc benchmarks (bench/pairs/chd.sh).

  disc_gen.py cd  FOLDER GAME [--data-sectors N] [--audio-tracks N] [--audio-seconds S]
  disc_gen.py iso FILE [--mib N]

cd: a split cue/bin set: Track 1 MODE1/2352 with real sync, headers, EDC and P/Q parity (so chdman drops the ECC
and a reader must regenerate it), then AUDIO tracks with 2-second INDEX 00 pregaps (a tone with noise, so FLAC has
work to do). iso: a 2048-byte-sector image, partly compressible. Seeded: the same arguments give the same bytes.

The ECC is linear over GF(2): a sector's EDC and parity are the XOR of those of its parts (sync and mode byte, each
address byte, the payload), so a small pool of parts computed once gives every sector quickly.
"""
import argparse
import math
import os
import random
import struct

SECTOR = 2352

F_LUT = [0] * 256
B_LUT = [0] * 256
for i in range(256):
    j = ((i << 1) ^ (0x11D if i & 0x80 else 0)) & 0xFF
    F_LUT[i] = j
    B_LUT[i ^ j] = i
EDC_LUT = []
for i in range(256):
    e = i
    for _ in range(8):
        e = (e >> 1) ^ (0xD8018001 if e & 1 else 0)
    EDC_LUT.append(e)


def ecc_block(sector, major_count, minor_count, major_mult, minor_inc, dest):
    size = major_count * minor_count
    for major in range(major_count):
        index = (major >> 1) * major_mult + (major & 1)
        a = b = 0
        for _ in range(minor_count):
            t = sector[12 + index]
            index += minor_inc
            if index >= size:
                index -= size
            a ^= t
            b ^= t
            a = F_LUT[a]
        a = B_LUT[F_LUT[a] ^ b]
        sector[dest + major] = a
        sector[dest + major + major_count] = a ^ b


def with_ecc(sector):
    """Fills EDC (0x810) and P/Q parity (0x81C, 0x8C8) of a MODE1 sector in place; returns it as an int."""
    edc = 0
    for byte in sector[0:0x810]:
        edc = (edc >> 8) ^ EDC_LUT[(edc ^ byte) & 0xFF]
    sector[0x810:0x814] = struct.pack('<I', edc)
    ecc_block(sector, 86, 24, 2, 86, 0x81C)
    ecc_block(sector, 52, 43, 86, 88, 0x8C8)
    return int.from_bytes(sector, 'little')


def part(offset, payload):
    sector = bytearray(SECTOR)
    sector[offset:offset + len(payload)] = payload
    return with_ecc(sector)


def bcd(v):
    return (v // 10) * 16 + v % 10


def data_track(path, sectors, rng):
    base = bytearray(SECTOR)
    base[0] = 0
    base[1:11] = b'\xff' * 10
    base[11] = 0
    base[15] = 1
    constant = with_ecc(base)
    address = {}
    for position in range(3):
        for value in range(256):
            address[(position, value)] = None
    bits = {(p, b): part(12 + p, bytes([1 << b])) for p in range(3) for b in range(8)}

    def address_part(p, v):
        cached = address[(p, v)]
        if cached is None:
            cached = 0
            for b in range(8):
                if v >> b & 1:
                    cached ^= bits[(p, b)]
            address[(p, v)] = cached
        return cached

    pool = []
    for k in range(96):
        alphabet = rng.choice([4, 8, 26, 64])
        text = bytearray(rng.randrange(alphabet) + 0x40 for _ in range(2048))
        if k % 5 == 0:
            zero_from = rng.randrange(2048)
            text[zero_from:] = bytes(2048 - zero_from)
        pool.append(part(16, text))
    with open(path, 'wb') as out:
        chunk = []
        for i in range(sectors):
            lba = i + 150
            value = constant ^ address_part(0, bcd(lba // 4500)) ^ address_part(1, bcd(lba // 75 % 60)) \
                ^ address_part(2, bcd(lba % 75)) ^ pool[rng.randrange(96)] ^ pool[rng.randrange(96)]
            chunk.append(value.to_bytes(SECTOR, 'little'))
            if len(chunk) == 4096:
                out.write(b''.join(chunk))
                chunk = []
        out.write(b''.join(chunk))


def audio_track(path, frames, seed):
    rng = random.Random(seed)
    second = 44100
    blocks = []
    for k in range(8):
        samples = bytearray(second * 4)
        f1, f2 = 0.01 + 0.003 * k + 0.001 * seed, 0.02 + 0.002 * k
        for i in range(second):
            left = int(8000 * math.sin(i * f1) + rng.randint(-60, 60))
            right = int(6000 * math.sin(i * f2) + rng.randint(-60, 60))
            struct.pack_into('<hh', samples, i * 4, left, right)
        blocks.append(bytes(samples))
    total = frames * SECTOR
    with open(path, 'wb') as out:
        written = 0
        while written < total:
            block = blocks[rng.randrange(8)]
            take = min(len(block), total - written)
            out.write(block[:take])
            written += take


def cd(args):
    os.makedirs(args.folder, exist_ok=True)
    rng = random.Random(14)
    game = args.game
    name = lambda n: f"{game} (Track {n}).bin" if args.audio_tracks + 1 < 10 else f"{game} (Track {n:02}).bin"
    cue = [f'FILE "{name(1)}" BINARY\r\n  TRACK 01 MODE1/2352\r\n    INDEX 01 00:00:00\r\n']
    data_track(os.path.join(args.folder, name(1)), args.data_sectors, rng)
    for n in range(2, args.audio_tracks + 2):
        audio_track(os.path.join(args.folder, name(n)), 150 + args.audio_seconds * 75, n)
        cue.append(f'FILE "{name(n)}" BINARY\r\n  TRACK {n:02} AUDIO\r\n    INDEX 00 00:00:00\r\n    INDEX 01 00:02:00\r\n')
    with open(os.path.join(args.folder, game + '.cue'), 'w', newline='') as out:
        out.write(''.join(cue))


def iso(args):
    rng = random.Random(5)
    tables = []
    for alphabet in (4, 16, 64, 256):
        tables.append(bytes(0x20 + (i % alphabet) if alphabet < 256 else i for i in range(256)))
    with open(args.file, 'wb') as out:
        for _ in range(args.mib * 16):
            out.write(b''.join(rng.randbytes(2048).translate(tables[rng.randrange(4)]) for _ in range(32)))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest='kind', required=True)
    c = sub.add_parser('cd')
    c.add_argument('folder')
    c.add_argument('game')
    c.add_argument('--data-sectors', type=int, default=100000)
    c.add_argument('--audio-tracks', type=int, default=4)
    c.add_argument('--audio-seconds', type=int, default=120)
    i = sub.add_parser('iso')
    i.add_argument('file')
    i.add_argument('--mib', type=int, default=256)
    args = parser.parse_args()
    cd(args) if args.kind == 'cd' else iso(args)


if __name__ == '__main__':
    main()
