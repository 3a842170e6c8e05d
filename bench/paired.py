#!/usr/bin/env python3
"""Paired benchmark of two commands: A (romcurator) and B (the reference) run in turn, A B A B ..., after one
warm-up run each; every run is timed from outside (wall clock around the whole process, peak RSS from the kernel's
accounting of the reaped child). The speed ratio is taken pair by pair (B's time / A's time: above 1 means A is
faster) and its median is printed, so a machine whose speed drifts during the call still gives a fair ratio.

  paired.py --label TEXT --a 'CMD' [--b 'CMD' --b-name NAME] [--setup-a 'SHELL'] [--setup-b 'SHELL'] [--runs 5]
            [--warmup 1] [--target TEXT]

CMD is one command run as `exec CMD` by bash (so the timed process is the command itself: use `env VAR=x cmd` for
variables); a SETUP is any shell text run, untimed, before each run of its command (e.g. a fresh database).
Prints one markdown row: | label | A's median time (peak RSS) | B's median time | median ratio |. With no --b the
last column is --target (an absolute target). Details of every run go to stderr.
"""
import argparse, os, statistics, subprocess, sys, time


def run(cmd, setup):
    if setup:
        subprocess.run(['bash', '-c', setup], check=True, stdout=subprocess.DEVNULL)
    with open(os.devnull, 'wb') as null:
        start = time.monotonic()
        proc = subprocess.Popen(['bash', '-c', 'exec ' + cmd], stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors='replace'); proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f'paired: {cmd!r} exited {proc.returncode}: {err.strip()[:500]}')
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--label', required=True)
    p.add_argument('--a', required=True); p.add_argument('--setup-a')
    p.add_argument('--b'); p.add_argument('--setup-b'); p.add_argument('--b-name', default='reference')
    p.add_argument('--runs', type=int, default=5); p.add_argument('--warmup', type=int, default=1)
    p.add_argument('--target', default='')
    a = p.parse_args()
    for _ in range(a.warmup):
        run(a.a, a.setup_a)
        if a.b:
            run(a.b, a.setup_b)
    ta, tb, peaks, ratios = [], [], [], []
    for i in range(a.runs):
        wall, peak, cpu = run(a.a, a.setup_a)
        ta.append(wall); peaks.append(peak)
        line = f'  {a.label} #{i + 1}: romcurator {wall:.3f} s wall, {cpu:.3f} s cpu, peak {peak:.1f} MB'
        if a.b:
            bwall, _, bcpu = run(a.b, a.setup_b)
            tb.append(bwall); ratios.append(bwall / wall)
            line += f'; {a.b_name} {bwall:.3f} s wall, {bcpu:.3f} s cpu; ratio {bwall / wall:.2f}'
        print(line, file=sys.stderr)
    a_cell = f'{statistics.median(ta):.2f} s (peak {max(peaks):.0f} MB)'
    if a.b:
        print(f'| {a.label} | {a_cell} | {a.b_name} {statistics.median(tb):.2f} s | '
              f'{statistics.median(ratios):.2f}× (median of {a.runs} pairs) |')
    else:
        print(f'| {a.label} | {a_cell} | — | {a.target} (median of {a.runs}) |')


if __name__ == '__main__':
    main()
