#!/usr/bin/env bash
# Load benchmark (issue #7): a generated library of --files files (default 200,000, mostly tiny) and a synthetic
# No-Intro-style Logiqx DAT of about --dat-mib MiB (default 300) that knows half the library by SHA-1 (the rest has
# to be matched by title, or stays unmatched). Times, with the published binary and peak RSS from /usr/bin/time:
# DAT import, cold scan (which matches), warm rescan, match, report, review/validate/organize listings, and the
# full-screen interface's heavy panes in tmux (time until each pane shows, and the process's peak RSS).
#
#   bench/load.sh [--files 200000] [--dat-mib 300] [--keep]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
files=200000 mib=300 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files=$2; shift 2 ;;
    --dat-mib) mib=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "load: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$repo/dist/romcurator" ] || "$repo/publish.sh"
for tool in /usr/bin/time tmux python3; do command -v $tool >/dev/null || { echo "load: needs $tool" >&2; exit 1; }; done
bin="$repo/dist/romcurator"
out="$here/out/load"; rm -rf "$out"; mkdir -p "$out/lib"
export HOME="$out/home" XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config" TMUX_TMPDIR="$out"

echo "load: generating $files files and a ${mib} MiB DAT under $out"
python3 - "$out" "$files" "$mib" <<'PY'
import hashlib, os, random, sys, zlib
out, files, mib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(20261129)
known = files // 2
with open(f"{out}/snes.dat", "w") as dat:
    dat.write('<?xml version="1.0"?>\n<datafile>\n\t<header>\n\t\t<name>Nintendo - Super Nintendo Entertainment System</name>\n'
              '\t\t<description>synthetic load DAT</description>\n\t\t<version>20261129</version>\n\t</header>\n')
    for i in range(files):
        folder = f"{out}/lib/{i // 200:04d}"
        if i % 200 == 0:
            os.makedirs(folder, exist_ok=True)
        data = rng.randbytes(rng.randrange(32, 512))
        name = f"Game {i} (USA)" if i < known else f"Homebrew {i} (World)"
        with open(f"{folder}/{name}.sfc", "wb") as f:
            f.write(data)
        if i < known:
            dat.write(f'\t<game name="{name}">\n\t\t<description>{name}</description>\n\t\t<rom name="{name}.sfc" size="{len(data)}" '
                      f'crc="{zlib.crc32(data):08x}" '
                      f'md5="{hashlib.md5(data).hexdigest()}" sha1="{hashlib.sha1(data).hexdigest()}"/>\n\t</game>\n')
    n = 0
    target = mib * 1024 * 1024
    while dat.tell() < target:
        name = f"Filler Title {n} ({['USA', 'Europe', 'Japan'][n % 3]})"
        dat.write(f'\t<game name="{name}">\n\t\t<description>{name}</description>\n\t\t<rom name="{name}.sfc" size="{rng.randrange(1 << 18, 1 << 22)}" '
                  f'crc="{rng.getrandbits(32):08x}" md5="{rng.getrandbits(128):032x}" sha1="{rng.getrandbits(160):040x}"/>\n\t</game>\n')
        n += 1
    dat.write('</datafile>\n')
PY
echo "load: DAT is $(du -m "$out/snes.dat" | cut -f1) MiB"

results="$out/results.txt"; : > "$results"
timed() { # LABEL COMMAND… (stdout to $out/LABEL.out)
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$out/$label.time" "$@" > "$out/$label.out" 2> "$out/$label.err" || echo "load: $label exited $?" >&2
  read -r secs rss < "$out/$label.time"
  printf '| %s | %.2f s | %.1f MB |\n' "$label" "$secs" "$(echo "$rss / 1024" | bc -l)" | tee -a "$results"
}

timed "dat import (${mib} MiB)" "$bin" dat import "$out/snes.dat"
"$bin" roots add "$out/lib" --platform snes > /dev/null
timed "cold scan + match ($files files)" "$bin" scan --json
timed "warm rescan" "$bin" scan --json
timed "match (nothing new)" "$bin" match --json
timed "report" "$bin" report --json
timed "review list" "$bin" review --json
timed "validate" "$bin" validate --json
timed "organize --dry-run" "$bin" organize --dry-run --json
timed "files --json" "$bin" files --json

# The full-screen interface: time until each heavy pane shows its first rows, and the process's peak RSS.
session=load
tmux new-session -d -s $session -x 80 -y 24 "$bin"
pid=""
for _ in $(seq 1 100); do pid=$(pgrep -n -f "^$bin$" || true); [ -n "$pid" ] && break; sleep 0.1; done
screen() { tmux capture-pane -p -t $session; }
pane() { # KEY TEXT LABEL
  local start=$(date +%s.%N)
  tmux send-keys -t $session "$1"
  for _ in $(seq 1 600); do screen | grep -qF -- "$2" && break; sleep 0.05; done
  local end=$(date +%s.%N)
  printf '| TUI: %s | %.2f s | |\n' "$3" "$(echo "$end - $start" | bc -l)" | tee -a "$results"
}
sleep 2
pane 4 "CONF  FILE" "Review pane (first page of 500)"
tmux send-keys -t $session G; sleep 0.5
pane 5 "to move (→)" "Organizer pane (plan of every file)"
pane 7 "Files that match no DAT entry" "Validate pane (first page of 500)"
pane 6 "STARTED (UTC)" "Logs pane"
hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)
printf '| TUI: peak RSS after the panes above | | %.1f MB |\n' "$(echo "$hwm / 1024" | bc -l)" | tee -a "$results"
tmux send-keys -t $session q; sleep 1; tmux kill-server 2>/dev/null || true

echo; echo "load: results"; cat "$results"
python3 - "$out" <<'PY'
import json, glob, sys
out = sys.argv[1]
for path in sorted(glob.glob(f"{out}/cold scan*.out")):
    s = json.load(open(path))
    print(f"cold scan: {s['files_seen']:,} files, {s['matched_hash']:,} matched by hash, {s['matched_title']:,} by title, "
          f"{s['candidates']:,} candidates, {s['errors']} problems, status {s['status']}")
PY
[ "$keep" -eq 1 ] || rm -rf "$out"
