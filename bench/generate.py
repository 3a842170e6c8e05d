#!/usr/bin/env python3
"""Generates the benchmark libraries deterministically (seeded), using zip/7z for archives."""
import argparse, os, random, subprocess, zipfile, io

def blob(rng, size):
    # Semi-compressible data, like real ROMs: random blocks mixed with runs.
    out = bytearray()
    while len(out) < size:
        n = min(4096, size - len(out))
        if rng.random() < 0.3:
            out += bytes([rng.randrange(256)]) * n
        else:
            out += rng.randbytes(n)
    return bytes(out)

def main():
    p = argparse.ArgumentParser()
    p.add_argument('--mixed'); p.add_argument('--large'); p.add_argument('--tiny')
    p.add_argument('--small-files', type=int); p.add_argument('--large-files', type=int)
    p.add_argument('--large-mib', type=int); p.add_argument('--tiny-files', type=int)
    p.add_argument('--uniform', help='folder of --uniform-files files of 16-20 KiB (per-file overhead)')
    p.add_argument('--uniform-files', type=int, default=20000)
    a = p.parse_args()
    rng = random.Random(20261124)
    if a.uniform:
        write_uniform(a.uniform, a.uniform_files, random.Random(20261205))
    if a.mixed:
        write_mixed(a, rng)
    if a.large:
        # Large files alone (throughput).
        os.makedirs(a.large, exist_ok=True)
        for i in range(a.large_files):
            write_large(os.path.join(a.large, f'image{i}.iso'), a.large_mib, rng)
    if a.tiny:
        write_tiny(a.tiny, a.tiny_files)

def write_uniform(folder, files, rng):
    # Small files of 16-20 KiB, 500 per folder, random content (every file distinct).
    for i in range(files):
        d = os.path.join(folder, f'{i // 500:03d}')
        if i % 500 == 0:
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f'rom{i:06d}.bin'), 'wb') as f:
            f.write(rng.randbytes(rng.randrange(16 * 1024, 20 * 1024 + 1)))

def write_mixed(a, rng):
    # Mixed library: small ROMs in platform folders, zips, 7z's, nested zip-in-zip, a few large files.
    for i in range(a.small_files):
        d = os.path.join(a.mixed, f'platform{i % 8}', f'{i // 500:03d}')
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f'game{i:06d}.bin'), 'wb') as f:
            f.write(blob(rng, rng.randrange(16 * 1024, 512 * 1024)))
    arch = os.path.join(a.mixed, 'archives'); os.makedirs(arch, exist_ok=True)
    for i in range(200):
        with zipfile.ZipFile(os.path.join(arch, f'set{i:04d}.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
            for j in range(3):
                z.writestr(f'rom{j}.sfc', blob(rng, rng.randrange(64 * 1024, 1024 * 1024)))
    for i in range(50):
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('inner.gba', blob(rng, 256 * 1024))
        with zipfile.ZipFile(os.path.join(arch, f'nested{i:03d}.zip'), 'w', zipfile.ZIP_STORED) as z:
            z.writestr('inner.zip', inner.getvalue())
            z.writestr('readme.txt', b'nested archive')
    sevens = os.path.join(a.mixed, 'sevens'); os.makedirs(sevens, exist_ok=True)
    for i in range(40):
        src = os.path.join(sevens, f'src{i}')
        os.makedirs(src)
        for j in range(2):
            with open(os.path.join(src, f'disc{j}.bin'), 'wb') as f:
                f.write(blob(rng, 512 * 1024))
        subprocess.run(['7z', 'a', '-bd', '-bso0', '-mx=1', os.path.join(sevens, f'pack{i:03d}.7z'), f'{src}/*'], check=True)
        for f in os.listdir(src):
            os.remove(os.path.join(src, f))
        os.rmdir(src)
    bigdir = os.path.join(a.mixed, 'large'); os.makedirs(bigdir, exist_ok=True)
    for i in range(2):
        write_large(os.path.join(bigdir, f'disc{i}.iso'), 64, rng)

def write_tiny(tiny, tiny_files):
    # Many tiny files (warm rescan).
    for i in range(tiny_files):
        d = os.path.join(tiny, f'{i // 1000:04d}')
        if i % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f't{i:07d}.nes'), 'wb') as f:
            f.write(i.to_bytes(4, 'little') * 8)

def write_large(path, mib, rng):
    chunk = rng.randbytes(1024 * 1024)
    with open(path, 'wb') as f:
        for k in range(mib):
            f.write(chunk[k % 7:] + chunk[:k % 7])

if __name__ == '__main__':
    main()
