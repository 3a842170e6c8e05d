#!/usr/bin/env python3
"""Before / after / rhash in turn: the cold scan of one folder by two RomCurator binaries and
`rhash --crc32 --md5 --sha1 -r` on the same files, run B A R B A R ... after one warm-up each (page cache warm).
Each scan gets a fresh database and data folder (`roots add` untimed). Prints the medians of wall time and CPU time
(user + system of the whole process, as the kernel accounts it: the figure to go by on a loaded machine), peak RSS,
and the per-round CPU ratios before/after and after/rhash; every run's figures go to stderr.

  bench/triplet.py --root DIR --before BIN --after BIN [--runs 3] [--home /tmp/romcurator-triplet]

e.g. bench/triplet.py --root bench/out/compare/scan/mixed --before /path/to/main/romcurator --after dist/romcurator
"""
import argparse, os, shutil, statistics, subprocess, sys, time


def timed(cmd, env=None):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors='replace'); proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f'triplet: {cmd} failed: {err.strip()[:400]}')
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def scan(binary, root, home):
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=home + '/data', XDG_CONFIG_HOME=home + '/config')
    subprocess.run([binary, 'roots', 'add', root, '--name', 'bench'], env=env, check=True, stdout=subprocess.DEVNULL)
    return timed([binary, 'scan', '--json'], env)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--root', required=True); p.add_argument('--before', required=True); p.add_argument('--after', required=True)
    p.add_argument('--runs', type=int, default=3); p.add_argument('--home', default='/tmp/romcurator-triplet')
    a = p.parse_args()
    root = os.path.abspath(a.root)
    steps = [('before', lambda: scan(a.before, root, a.home)), ('after', lambda: scan(a.after, root, a.home)),
             ('rhash', lambda: timed(['rhash', '--crc32', '--md5', '--sha1', '-r', root]))]
    for _, step in steps:
        step()
    results = {name: [] for name, _ in steps}
    for i in range(a.runs):
        for name, step in steps:
            wall, cpu, peak = step()
            results[name].append((wall, cpu, peak))
            print(f'  #{i + 1} {name}: {wall:.2f} s wall, {cpu:.2f} s cpu, peak {peak:.1f} MB', file=sys.stderr, flush=True)
    print(f'| {os.path.basename(root)} ({a.runs} rounds) | before | after | rhash |')
    print('|---|---:|---:|---:|')
    for label, index in (('wall, median', 0), ('CPU, median', 1)):
        print(f'| {label} | ' + ' | '.join(f'{statistics.median(r[index] for r in results[n]):.2f} s' for n, _ in steps) + ' |')
    print('| peak RSS, max | ' + ' | '.join(f'{max(r[2] for r in results[n]):.1f} MB' for n, _ in steps) + ' |')
    cpu = {n: [r[1] for r in results[n]] for n, _ in steps}
    wall = {n: [r[0] for r in results[n]] for n, _ in steps}
    ratio = lambda x, y: statistics.median(p / q for p, q in zip(x, y))
    print(f'\nCPU before/after {ratio(cpu["before"], cpu["after"]):.2f}, after/rhash {ratio(cpu["after"], cpu["rhash"]):.2f}, '
          f'before/rhash {ratio(cpu["before"], cpu["rhash"]):.2f}; wall rhash/after {ratio(wall["rhash"], wall["after"]):.2f}, '
          f'rhash/before {ratio(wall["rhash"], wall["before"]):.2f} (medians of the per-round ratios)')


if __name__ == '__main__':
    main()
